# rheap corpus: rd-base/deparse.R
# source: the examples of help page deparse.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: deparse
### Title: Expression Deparsing
### Aliases: deparse deparse1
### Keywords: programming manip data

### ** Examples

require(stats); 
#- pruned (graphics): require(graphics)

deparse(args(lm))
deparse(args(lm), width.cutoff = 500)

#- pruned (graphics): myplot <- function(x, y) {
#-     plot(x, y, xlab = deparse1(substitute(x)),
#-                ylab = deparse1(substitute(y)))
#- }

e <- quote(`foo bar`)
deparse(e)
deparse(e, backtick = TRUE)
e <- quote(`foo bar`+1)
deparse(e)
deparse(e, control = "all") # wraps it w/ quote( . )



