# rheap corpus: rd-base/MathFun.R
# source: the examples of help page MathFun.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (graphics: 3)

### Name: MathFun
### Title: Miscellaneous Mathematical Functions
### Aliases: abs sqrt
### Keywords: math

### ** Examples

require(stats) # for spline
#- pruned (graphics): require(graphics)
xx <- -9:9
#- pruned (graphics): plot(xx, sqrt(abs(xx)),  col = "red")
#- pruned (graphics): lines(spline(xx, sqrt(abs(xx)), n=101), col = "pink")



