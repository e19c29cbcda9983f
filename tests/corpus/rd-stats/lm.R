# rheap corpus: rd-stats/lm.R
# source: the examples of help page lm.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 3; uses pruned variable: 1)

### Name: lm
### Title: Fitting Linear Models
### Aliases: lm print.lm
### Keywords: regression

### ** Examples

#- pruned (graphics): require(graphics)

## Annette Dobson (1990) "An Introduction to Generalized Linear Models".
## Page 9: Plant Weight Data.
ctl <- c(4.17,5.58,5.18,6.11,4.50,4.61,5.17,4.53,5.33,5.14)
trt <- c(4.81,4.17,4.41,3.59,5.87,3.83,6.03,4.89,4.32,4.69)
group <- gl(2, 10, 20, labels = c("Ctl","Trt"))
weight <- c(ctl, trt)
lm.D9 <- lm(weight ~ group)
lm.D90 <- lm(weight ~ group - 1) # omitting intercept
## No test: 
anova(lm.D9)
summary(lm.D90)
## End(No test)
#- pruned (graphics): opar <- par(mfrow = c(2,2), oma = c(0, 0, 1.1, 0))
#- pruned (graphics): plot(lm.D9, las = 1)      # Residuals, Fitted, ...
#- pruned (uses pruned opar): par(opar)
## Don't show: 
## model frame :
stopifnot(identical(lm(weight ~ group, method = "model.frame"),
                    model.frame(lm.D9)))
## End(Don't show)
### less simple examples in "See Also" above



