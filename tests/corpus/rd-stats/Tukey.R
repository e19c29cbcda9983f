# rheap corpus: rd-stats/Tukey.R
# source: the examples of help page Tukey.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (graphics: 1)

### Name: Tukey
### Title: The Studentized Range Distribution
### Aliases: Tukey ptukey qtukey
### Keywords: distribution

### ** Examples

#- pruned (graphics): if(interactive())
#-   curve(ptukey(x, nm = 6, df = 5), from = -1, to = 8, n = 101)
(ptt <- ptukey(0:10, 2, df =  5))
(qtt <- qtukey(.95, 2, df =  2:11))
## The precision may be not much more than about 8 digits:
## No test: 
summary(abs(.95 - ptukey(qtt, 2, df = 2:11)))
## End(No test)



