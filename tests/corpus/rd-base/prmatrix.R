# rheap corpus: rd-base/prmatrix.R
# source: the examples of help page prmatrix.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (files: 1; uses pruned variable: 2)

### Name: prmatrix
### Title: Print Matrices, Old-style
### Aliases: prmatrix
### Keywords: print

### ** Examples

prmatrix(m6 <- diag(6), rowlab = rep("", 6), collab = rep("", 6))

#- pruned (files): chm <- matrix(scan(system.file("help", "AnIndex", package = "splines"),
#-                    what = ""), , 2, byrow = TRUE)
#- pruned (uses pruned chm): chm  # uses print.matrix()
#- pruned (uses pruned chm): prmatrix(chm, collab = paste("Column", 1:3), right = TRUE, quote = FALSE)



