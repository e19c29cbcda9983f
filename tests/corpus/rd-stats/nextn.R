# rheap corpus: rd-stats/nextn.R
# source: the examples of help page nextn.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (graphics: 1)

### Name: nextn
### Title: Find Highly Composite Numbers
### Aliases: nextn
### Keywords: math

### ** Examples

nextn(1001) # 1024
table(nextn(599:630))
n <- 1:100 ; 
#- pruned (graphics): plot(n, nextn(n) - n, type = "o", lwd=2, cex=1/2)



