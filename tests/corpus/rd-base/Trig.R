# rheap corpus: rd-base/Trig.R
# source: the examples of help page Trig.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Trig
### Title: Trigonometric Functions
### Aliases: Trig cos sin tan acos arccos asin arcsin atan arctan atan2
###   cospi sinpi tanpi
### Keywords: math

### ** Examples

x <- seq(-3, 7, by = 1/8)
tx <- cbind(x, cos(pi*x), cospi(x), sin(pi*x), sinpi(x),
               tan(pi*x), tanpi(x), deparse.level=2)
op <- options(digits = 4, width = 90) # for nice formatting
head(tx)
tx[ (x %% 1) %in% c(0, 0.5) ,]
options(op)



