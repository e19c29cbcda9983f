# rheap corpus: rd-stats/influence.measures.R
# source: the examples of help page influence.measures.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 6)

### Name: influence.measures
### Title: Regression Deletion Diagnostics
### Aliases: influence.measures hat hatvalues hatvalues.lm rstandard
###   rstandard.lm rstandard.glm rstudent rstudent.lm rstudent.glm dfbeta
###   dfbeta.lm dfbetas dfbetas.lm dffits covratio cooks.distance
###   cooks.distance.lm cooks.distance.glm
### Keywords: regression

### ** Examples

#- pruned (graphics): require(graphics)

## Analysis of the life-cycle savings data
## given in Belsley, Kuh and Welsch.
lm.SR <- lm(sr ~ pop15 + pop75 + dpi + ddpi, data = LifeCycleSavings)

inflm.SR <- influence.measures(lm.SR)
which(apply(inflm.SR$is.inf, 1, any))
# which observations 'are' influential
summary(inflm.SR) # only these
## No test: 
inflm.SR          # all
## End(No test)
#- pruned (graphics): plot(rstudent(lm.SR) ~ hatvalues(lm.SR)) # recommended by some
#- pruned (graphics): plot(lm.SR, which = 5) # an enhanced version of that via plot(<lm>)

## The 'infl' argument is not needed, but avoids recomputation:
rs <- rstandard(lm.SR)
iflSR <- influence(lm.SR)
all.equal(rs, rstandard(lm.SR, infl = iflSR), tolerance = 1e-10)
## to "see" the larger values:
1000 * round(dfbetas(lm.SR, infl = iflSR), 3)
cat("PRESS :"); (PRESS <- sum( rstandard(lm.SR, type = "predictive")^2 ))
stopifnot(all.equal(PRESS, sum( (residuals(lm.SR) / (1 - iflSR$hat))^2)))

## Show that "PRE-residuals"  ==  L.O.O. Crossvalidation (CV) errors:
X <- model.matrix(lm.SR)
y <- model.response(model.frame(lm.SR))
## Leave-one-out CV least-squares prediction errors (relatively fast)
rCV <- vapply(seq_len(nrow(X)), function(i)
              y[i] - X[i,] %*% .lm.fit(X[-i,], y[-i])$coefficients,
              numeric(1))
## are the same as the *faster* rstandard(*, "pred") :
stopifnot(all.equal(rCV, unname(rstandard(lm.SR, type = "predictive"))))


## Huber's data [Atkinson 1985]
xh <- c(-4:0, 10)
yh <- c(2.48, .73, -.04, -1.44, -1.32, 0)
lmH <- lm(yh ~ xh)
## No test: 
summary(lmH)
## End(No test)
im <- influence.measures(lmH)
## No test: 
 im 
## End(No test)
is.inf <- apply(im$is.inf, 1, any)
#- pruned (graphics): plot(xh,yh, main = "Huber's data: L.S. line and influential obs.")
#- pruned (graphics): abline(lmH)
 #- pruned (graphics): points(xh[is.inf], yh[is.inf], pch = 20, col = 2)

## Irwin's data [Williams 1987]
xi <- 1:5
yi <- c(0,2,14,19,30)    # number of mice responding to dose xi
mi <- rep(40, 5)         # number of mice exposed
glmI <- glm(cbind(yi, mi -yi) ~ xi, family = binomial)
## No test: 
summary(glmI)
## End(No test)
signif(cooks.distance(glmI), 3)   # ~= Ci in Table 3, p.184
imI <- influence.measures(glmI)
## No test: 
 imI 
## End(No test)
stopifnot(all.equal(imI$infmat[,"cook.d"],
          cooks.distance(glmI)))



