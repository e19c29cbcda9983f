# rheap corpus: rd-stats/line.R
# source: the examples of help page line.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 4)

### Name: line
### Title: Robust Line Fitting
### Aliases: line residuals.tukeyline
### Keywords: robust regression

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): plot(cars)
(z <- line(cars))
#- pruned (graphics): abline(coef(z))
## Tukey-Anscombe Plot :
#- pruned (graphics): plot(residuals(z) ~ fitted(z), main = deparse(z$call))

## Andrew Siegel's pathological 9-point data, y-values multiplied by 3:
d.AS <- data.frame(x = c(-4:3, 12), y = 3*c(rep(0,6), -5, 5, 1))
cAS <- with(d.AS, t(sapply(1:10,
                   function(it) line(x,y, iter=it)$coefficients)))
dimnames(cAS) <- list(paste("it =", format(1:10)), c("intercept", "slope"))
cAS
## iterations started to oscillate, repeating iteration 7,8 indefinitely



