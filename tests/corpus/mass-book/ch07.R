# rheap corpus: mass-book/ch07.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch07.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 90 expression(s) (detaches pruned attach(birthwt): 1; detaches pruned attach(bwt): 1; graphics: 10; package MASS: 16; package mgcv: 1; package nnet: 1; uses pruned variable: 60)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 7   Generalized Linear Models

#- pruned (package MASS): library(MASS)
options(width=65, digits=5, height=9999)
#- pruned (graphics): pdf(file="ch07.pdf", width=8, height=6, pointsize=9)
options(contrasts = c("contr.treatment", "contr.poly"))

#- pruned (package MASS): ax.1 <- glm(Postwt ~ Prewt + Treat + offset(Prewt),
#-             family = gaussian, data = anorexia)
#- pruned (uses pruned ax.1): summary(ax.1)

# 7.2  Binomial data

options(contrasts = c("contr.treatment", "contr.poly"))
ldose <- rep(0:5, 2)
numdead <- c(1, 4, 9, 13, 18, 20, 0, 2, 6, 10, 12, 16)
sex <- factor(rep(c("M", "F"), c(6, 6)))
SF <- cbind(numdead, numalive = 20 - numdead)
budworm.lg <- glm(SF ~ sex*ldose, family = binomial)
summary(budworm.lg)

#- pruned (graphics): plot(c(1,32), c(0,1), type = "n", xlab = "dose",
#-      ylab = "prob", log = "x")
#- pruned (graphics): text(2^ldose, numdead/20, labels = as.character(sex))
ld <- seq(0, 5, 0.1)
#- pruned (graphics): lines(2^ld, predict(budworm.lg, data.frame(ldose = ld,
#-   sex = factor(rep("M", length(ld)), levels = levels(sex))),
#-   type = "response"), col = 3)
#- pruned (graphics): lines(2^ld, predict(budworm.lg, data.frame(ldose = ld,
#-   sex = factor(rep("F", length(ld)), levels = levels(sex))),
#-   type = "response"), lty = 2, col = 2)

budworm.lgA <- update(budworm.lg, . ~ sex * I(ldose - 3))
summary(budworm.lgA, cor = F)$coefficients
anova(update(budworm.lg, . ~ . + sex * I(ldose^2)),
      test = "Chisq")

budworm.lg0 <- glm(SF ~ sex + ldose - 1, family = binomial)
summary(budworm.lg0, cor = F)$coefficients

#- pruned (package MASS): dose.p(budworm.lg0, cf = c(1,3), p = 1:3/4)
#- pruned (package MASS): dose.p(update(budworm.lg0, family = binomial(link = probit)),
#-        cf = c(1, 3), p = 1:3/4)

options(contrasts = c("contr.treatment", "contr.poly"))
#- pruned (package MASS): attach(birthwt)
#- pruned (uses pruned race): race <- factor(race, labels = c("white", "black", "other"))
#- pruned (uses pruned ptl): table(ptl)
#- pruned (uses pruned ptl): ptd <- factor(ptl > 0)
#- pruned (uses pruned ftv): table(ftv)
#- pruned (uses pruned ftv): ftv <- factor(ftv)
#- pruned (uses pruned ftv): levels(ftv)[-(1:2)] <- "2+"
#- pruned (uses pruned ftv): table(ftv)  # as a check
#- pruned (uses pruned low): bwt <- data.frame(low = factor(low), age, lwt, race,
#-    smoke = (smoke > 0), ptd, ht = (ht > 0), ui = (ui > 0), ftv)
#- pruned (detaches pruned attach(birthwt)): detach()
 #- pruned (uses pruned race): rm(race, ptd, ftv)

#- pruned (uses pruned low): birthwt.glm <- glm(low ~ ., family = binomial, data = bwt)
#- pruned (uses pruned birthwt.glm): summary(birthwt.glm)
#- pruned (uses pruned birthwt.glm): birthwt.step <- stepAIC(birthwt.glm, trace = FALSE)
#- pruned (uses pruned birthwt.step): birthwt.step$anova
#- pruned (uses pruned birthwt.glm): birthwt.step2 <- stepAIC(birthwt.glm, ~ .^2 + I(scale(age)^2)
#-    + I(scale(lwt)^2), trace = FALSE)
#- pruned (uses pruned birthwt.step2): birthwt.step2$anova
#- pruned (uses pruned birthwt.step2): summary(birthwt.step2)$coef
#- pruned (uses pruned bwt): table(bwt$low, predict(birthwt.step2) > 0)

## R has a similar gam() in package gam and a different gam() in package mgcv
#- pruned (uses pruned bwt): if(require(gam)) {
#-     attach(bwt)
#-     age1 <- age*(ftv=="1"); age2 <- age*(ftv=="2+")
#-     birthwt.gam <- gam(low ~ s(age) + s(lwt) + smoke + ptd +
#-                        ht + ui + ftv + s(age1) + s(age2) + smoke:ui, binomial,
#-                        bwt, bf.maxit=25)
#-     print(summary(birthwt.gam))
#-     print(table(low, predict(birthwt.gam) > 0))
#-     par(mfrow = c(2, 2))
#-     if(interactive()) plot(birthwt.gam, ask = TRUE, se = TRUE)
#-     par(mfrow = c(1, 1))
#-     detach()
#- }

#- pruned (package mgcv): library(mgcv)
#- pruned (uses pruned bwt): attach(bwt)
#- pruned (uses pruned age): age1 <- age*(ftv=="1")
 #- pruned (uses pruned age): age2 <- age*(ftv=="2+")
#- pruned (uses pruned birthwt.gam): (birthwt.gam <- gam(low ~ s(age) + s(lwt) + smoke + ptd +
#-     ht + ui + ftv + s(age1) + s(age2) + smoke:ui, binomial, bwt))
#- pruned (uses pruned low): table(low, predict(birthwt.gam) > 0)
#- pruned (graphics): par(mfrow = c(2, 2))
#- pruned (uses pruned birthwt.gam): plot(birthwt.gam, se = TRUE)
#- pruned (graphics): par(mfrow = c(1, 1))
#- pruned (detaches pruned attach(bwt)): detach()

# 7.3  Poisson models

#- pruned (package MASS): names(housing)
#- pruned (package MASS): house.glm0 <- glm(Freq ~ Infl*Type*Cont + Sat,
#-                   family = poisson, data = housing)
#- pruned (uses pruned house.glm0): summary(house.glm0)

#- pruned (uses pruned house.glm0): addterm(house.glm0, ~. + Sat:(Infl+Type+Cont), test = "Chisq")

#- pruned (uses pruned house.glm0): house.glm1 <- update(house.glm0, . ~ . + Sat:(Infl+Type+Cont))
#- pruned (uses pruned house.glm1): summary(house.glm1)
#- pruned (uses pruned house.glm1): 1 - pchisq(deviance(house.glm1), house.glm1$df.resid)

#- pruned (uses pruned house.glm1): dropterm(house.glm1, test = "Chisq")

#- pruned (uses pruned house.glm1): addterm(house.glm1, ~. + Sat:(Infl+Type+Cont)^2, test = "Chisq")

#- pruned (package MASS): hnames <- lapply(housing[, -5], levels) # omit Freq
#- pruned (uses pruned house.glm1): house.pm <- predict(house.glm1, expand.grid(hnames),
#-                    type = "response")  # poisson means
#- pruned (uses pruned house.pm): house.pm <- matrix(house.pm, ncol = 3, byrow = TRUE,
#-                    dimnames = list(NULL, hnames[[1]]))
#- pruned (uses pruned house.pm): house.pr <- house.pm/drop(house.pm %*% rep(1, 3))
#- pruned (uses pruned hnames): cbind(expand.grid(hnames[-1]), round(house.pr, 2))

#- pruned (package MASS): loglm(Freq ~ Infl*Type*Cont + Sat*(Infl+Type+Cont),
#-        data = housing)

#- pruned (package nnet): library(nnet)
#- pruned (package MASS): (house.mult <- multinom(Sat ~ Infl + Type + Cont,
#-                         weights = Freq, data = housing))
#- pruned (package MASS): house.mult2 <- multinom(Sat ~ Infl*Type*Cont,
#-                          weights = Freq, data = housing)
#- pruned (uses pruned house.mult): anova(house.mult, house.mult2, test = "none")

#- pruned (uses pruned house.mult): house.pm <- predict(house.mult, expand.grid(hnames[-1]),
#-                     type = "probs")
#- pruned (uses pruned hnames): cbind(expand.grid(hnames[-1]), round(house.pm, 2))

#- pruned (uses pruned house.pr): house.cpr <- apply(house.pr, 1, cumsum)
logit <- function(x) log(x/(1-x))
#- pruned (uses pruned house.cpr): house.ld <- logit(house.cpr[2, ]) - logit(house.cpr[1, ])
#- pruned (uses pruned house.ld): sort(drop(house.ld))
mean(.Last.value)

#- pruned (package MASS): house.plr <- polr(Sat ~ Infl + Type + Cont,
#-                   data = housing, weights = Freq)
#- pruned (uses pruned house.plr): house.plr

#- pruned (uses pruned house.plr): house.pr1 <- predict(house.plr, expand.grid(hnames[-1]),
#-                      type = "probs")
#- pruned (uses pruned hnames): cbind(expand.grid(hnames[-1]), round(house.pr1, 2))

#- pruned (package MASS): Fr <- matrix(housing$Freq, ncol = 3, byrow = TRUE)
#- pruned (uses pruned Fr): 2 * sum(Fr * log(house.pr/house.pr1))

#- pruned (uses pruned house.plr): house.plr2 <- stepAIC(house.plr, ~.^2)
#- pruned (uses pruned house.plr2): house.plr2$anova


# 7.4  A negative binomial family

#- pruned (package MASS): glm(Days ~ .^4, family = poisson, data = quine)
#- pruned (package MASS): quine.nb <- glm(Days ~ .^4, family = negative.binomial(2), data = quine)
#- pruned (uses pruned quine.nb): quine.nb0 <- update(quine.nb, . ~ Sex/(Age + Eth*Lrn))
#- pruned (uses pruned quine.nb0): anova(quine.nb0, quine.nb, test = "Chisq")

#- pruned (package MASS): quine.nb <- glm.nb(Days ~ .^4, data = quine)
#- pruned (uses pruned quine.nb): quine.nb2 <- stepAIC(quine.nb)
#- pruned (uses pruned quine.nb2): quine.nb2$anova
#- pruned (uses pruned quine.nb2): dropterm(quine.nb2, test = "Chisq")
#- pruned (uses pruned quine.nb2): quine.nb3 <-
#-   update(quine.nb2, . ~ . - Eth:Age:Lrn - Sex:Age:Lrn)
#- pruned (uses pruned quine.nb2): anova(quine.nb2, quine.nb3)
#- pruned (uses pruned quine.nb2): c(theta = quine.nb2$theta, SE = quine.nb2$SE)

#- pruned (graphics): par(mfrow = c(2,2), pty = "m")
#- pruned (uses pruned quine.nb2): rs <- resid(quine.nb2, type = "deviance")
#- pruned (uses pruned quine.nb2): plot(predict(quine.nb2), rs, xlab = "Linear predictors",
#-     ylab = "Deviance residuals")
#- pruned (graphics): abline(h = 0, lty = 2)
#- pruned (uses pruned rs): qqnorm(rs, ylab = "Deviance residuals")
#- pruned (uses pruned rs): qqline(rs)
#- pruned (graphics): par(mfrow = c(1,1))


# End of ch07
