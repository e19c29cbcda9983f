# rheap corpus: rd-stats/smooth.R
# source: the examples of help page smooth.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (graphics: 10)

### Name: smooth
### Title: Tukey's (Running Median) Smoothing
### Aliases: smooth
### Keywords: robust smooth

### ** Examples

#- pruned (graphics): require(graphics)

## see also   demo(smooth) !

x1 <- c(4, 1, 3, 6, 6, 4, 1, 6, 2, 4, 2) # very artificial
(x3R <- smooth(x1, "3R")) # 2 iterations of "3"
smooth(x3R, kind = "S")

sm.3RS <- function(x, ...)
   smooth(smooth(x, "3R", ...), "S", ...)

y <- c(1, 1, 19:1)
#- pruned (graphics): plot(y, main = "misbehaviour of \"3RSR\"", col.main = 3)
#- pruned (graphics): lines(sm.3RS(y))
#- pruned (graphics): lines(smooth(y))
#- pruned (graphics): lines(smooth(y, "3RSR"), col = 3, lwd = 2)  # the horror

x <- c(8:10, 10, 0, 0, 9, 9)
#- pruned (graphics): plot(x, main = "breakdown of  3R  and  S  and hence  3RSS")
#- pruned (graphics): matlines(cbind(smooth(x, "3R"), smooth(x, "S"), smooth(x, "3RSS"), smooth(x)))

presidents[is.na(presidents)] <- 0 # silly
summary(sm3 <- smooth(presidents, "3R"))
summary(sm2 <- smooth(presidents,"3RSS"))
summary(sm  <- smooth(presidents))

all.equal(c(sm2), c(smooth(smooth(sm3, "S"), "S")))  # 3RSS  === 3R S S
all.equal(c(sm),  c(smooth(smooth(sm3, "S"), "3R"))) # 3RS3R === 3R S 3R

#- pruned (graphics): plot(presidents, main = "smooth(presidents0, *) :  3R and default 3RS3R")
#- pruned (graphics): lines(sm3, col = 3, lwd = 1.5)
#- pruned (graphics): lines(sm, col = 2, lwd = 1.25)



