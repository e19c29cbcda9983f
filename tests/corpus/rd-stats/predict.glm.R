# rheap corpus: rd-stats/predict.glm.R
# source: the examples of help page predict.glm.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: predict.glm
### Title: Predict Method for GLM Fits
### Aliases: predict.glm
### Keywords: models regression

### ** Examples

#- pruned (graphics): require(graphics)

## example from Venables and Ripley (2002, pp. 190-2.)
ldose <- rep(0:5, 2)
numdead <- c(1, 4, 9, 13, 18, 20, 0, 2, 6, 10, 12, 16)
sex <- factor(rep(c("M", "F"), c(6, 6)))
SF <- cbind(numdead, numalive = 20-numdead)
budworm.lg <- glm(SF ~ sex*ldose, family = binomial)
summary(budworm.lg)

#- pruned (graphics): plot(c(1,32), c(0,1), type = "n", xlab = "dose",
#-      ylab = "prob", log = "x")
#- pruned (graphics): text(2^ldose, numdead/20, as.character(sex))
ld <- seq(0, 5, 0.1)
#- pruned (graphics): lines(2^ld, predict(budworm.lg, data.frame(ldose = ld,
#-    sex = factor(rep("M", length(ld)), levels = levels(sex))),
#-    type = "response"))
#- pruned (graphics): lines(2^ld, predict(budworm.lg, data.frame(ldose = ld,
#-    sex = factor(rep("F", length(ld)), levels = levels(sex))),
#-    type = "response"))



