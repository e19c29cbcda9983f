# rheap corpus: rd-stats/qqnorm.R
# source: the examples of help page qqnorm.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 8 expression(s) (graphics: 8)

### Name: qqnorm
### Title: Quantile-Quantile Plots
### Aliases: qqnorm qqnorm.default qqplot qqline
### Keywords: hplot distribution

### ** Examples

#- pruned (graphics): require(graphics)

y <- rt(200, df = 5)
#- pruned (graphics): qqnorm(y)
 #- pruned (graphics): qqline(y, col = 2)
#- pruned (graphics): qqplot(y, rt(300, df = 5))

#- pruned (graphics): qqnorm(precip, ylab = "Precipitation [in/yr] for 70 US cities")

## "QQ-Chisquare" : --------------------------
y <- rchisq(500, df = 3)
## Q-Q plot for Chi^2 data against true theoretical distribution:
#- pruned (graphics): qqplot(qchisq(ppoints(500), df = 3), y,
#-        main = expression("Q-Q plot for" ~~ {chi^2}[nu == 3]))
#- pruned (graphics): qqline(y, distribution = function(p) qchisq(p, df = 3),
#-        probs = c(0.1, 0.6), col = 2)
#- pruned (graphics): mtext("qqline(*, dist = qchisq(., df=3), prob = c(0.1, 0.6))")
## (Note that the above uses ppoints() with a = 1/2, giving the
## probability points for quantile type 5: so theoretically, using
## qqline(qtype = 5) might be preferable.) 



