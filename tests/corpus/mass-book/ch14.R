# rheap corpus: mass-book/ch14.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch14.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 134 expression(s) (detaches pruned attach(beav1): 2; detaches pruned attach(beav2): 2; graphics: 44; package MASS: 30; package nlme: 1; package tseries: 1; uses pruned variable: 54)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 14   Time Series

#- pruned (package MASS): library(MASS)
#- pruned (graphics): pdf(file="ch14.pdf", width=8, height=6, pointsize=9)
options(width=65, digits=5)

lh
#- pruned (package MASS): deaths
#tspar(deaths)
#- pruned (package MASS): tsp(deaths)
#- pruned (package MASS): start(deaths)
#- pruned (package MASS): end(deaths)
#- pruned (package MASS): frequency(deaths)
#- pruned (package MASS): cycle(deaths)
#- pruned (graphics): ts.plot(lh)
#- pruned (package MASS): ts.plot(deaths, mdeaths, fdeaths,
#-         lty = c(1, 3, 4), xlab = "year", ylab = "deaths")

#- pruned (package MASS): aggregate(deaths, 4, sum)
#- pruned (package MASS): aggregate(deaths, 1, mean)


# 14.1  Second-order summaries

#- pruned (graphics): acf(lh)
#- pruned (graphics): acf(lh, type = "covariance")
#- pruned (package MASS): acf(deaths)
#- pruned (graphics): acf(ts.union(mdeaths, fdeaths))

#- pruned (graphics): par(mfrow = c(2, 2))
#- pruned (graphics): spectrum(lh)
#- pruned (package MASS): spectrum(deaths)

#- pruned (graphics): par(mfrow = c(2, 2))
#- pruned (graphics): spectrum(lh)
#- pruned (graphics): spectrum(lh, spans = 3)
#- pruned (graphics): spectrum(lh, spans = c(3, 3))
#- pruned (graphics): spectrum(lh, spans = c(3, 5))

#- pruned (package MASS): spectrum(deaths)
#- pruned (package MASS): spectrum(deaths, spans = c(3, 3))
#- pruned (package MASS): spectrum(deaths, spans = c(3, 5))
#- pruned (package MASS): spectrum(deaths, spans = c(5, 7))

#- pruned (graphics): par(mfrow = c(1, 2))
#- pruned (graphics): cpgram(lh)
#- pruned (package MASS): cpgram(deaths)
#- pruned (graphics): par(mfrow = c(1, 1))


# 14.2  ARIMA models


# ts.sim <- arima.sim(list(order = c(1,1,0), ar = 0.7), n = 200)

#- pruned (graphics): acf(lh, type = "partial")
#- pruned (package MASS): acf(deaths, type = "partial")

lh.ar1 <- ar(lh, FALSE, 1)
#- pruned (graphics): cpgram(lh.ar1$resid, main = "AR(1) fit to lh")
lh.ar <- ar(lh, order.max = 9)
lh.ar$order
lh.ar$aic
#- pruned (graphics): cpgram(lh.ar$resid, main = "AR(3) fit to lh")

(lh.arima1 <- arima(lh, order = c(1,0,0)))
tsdiag(lh.arima1)
(lh.arima3 <- arima(lh, order = c(3,0,0)))
tsdiag(lh.arima3)
(lh.arima11 <- arima(lh, order = c(1,0,1)))

lh.fore <- predict(lh.arima3, 12)
#- pruned (graphics): ts.plot(lh, lh.fore$pred, lh.fore$pred + 2*lh.fore$se,
#-         lh.fore$pred - 2*lh.fore$se, lty = c(1,2,3,3))


# 14.3  Seasonality

#- pruned (package MASS): deaths.stl <- stl(deaths, "periodic")
#- pruned (uses pruned deaths.stl): dsd <-  deaths.stl$time.series[, "trend"] +
#-     deaths.stl$time.series[, "remainder"]
#ts.plot(deaths, deaths.stl$sea, deaths.stl$rem)
#- pruned (uses pruned deaths.stl): ts.plot(deaths, deaths.stl$time.series[, "seasonal"], dsd,
#-         gpars = list(lty = c(1, 3, 2)))

#- pruned (graphics): par(mfrow = c(2, 3))
#dsd <- deaths.stl$rem
#- pruned (uses pruned dsd): ts.plot(dsd)

#- pruned (uses pruned dsd): acf(dsd)
#- pruned (uses pruned dsd): acf(dsd, type = "partial")
#- pruned (uses pruned dsd): spectrum(dsd, span = c(3, 3))
#- pruned (uses pruned dsd): cpgram(dsd)
#- pruned (uses pruned dsd): dsd.ar <- ar(dsd)
#- pruned (uses pruned dsd.ar): dsd.ar$order
#- pruned (uses pruned dsd.ar): dsd.ar$aic
#- pruned (uses pruned dsd.ar): dsd.ar$ar
#- pruned (uses pruned dsd.ar): cpgram(dsd.ar$resid, main = "AR(1) residuals")
#- pruned (graphics): par(mfrow = c(1, 1))

#- pruned (package MASS): deaths.diff <- diff(deaths, 12)
#- pruned (uses pruned deaths.diff): acf(deaths.diff, 30)
#- pruned (uses pruned deaths.diff): acf(deaths.diff, 30, type = "partial")
#- pruned (uses pruned deaths.diff): ar(deaths.diff)
# this suggests the seasonal effect is still present.
#- pruned (package MASS): (deaths.arima1 <- arima(deaths, order = c(2,0,0),
#-      seasonal = list(order = c(0,1,0), period = 12)) )
#- pruned (uses pruned deaths.arima1): tsdiag(deaths.arima1, gof.lag = 30)
# suggests need a seasonal AR term
#- pruned (package MASS): (deaths.arima2 <- arima(deaths, order = c(2,0,0),
#-      list(order = c(1,0,0), period = 12)) )
#- pruned (uses pruned deaths.arima2): tsdiag(deaths.arima2, gof.lag = 30)
#- pruned (uses pruned deaths.arima2): cpgram(deaths.arima2$resid)
#- pruned (package MASS): (deaths.arima3 <- arima(deaths, order = c(2,0,0),
#-     list(order = c(1,1,0), period = 12)) )
#- pruned (uses pruned deaths.arima3): tsdiag(deaths.arima3, gof.lag = 30)

#- pruned (graphics): par(mfrow = c(3, 1))
nott <- window(nottem, end = c(1936, 12))
#- pruned (graphics): ts.plot(nott)
nott.stl <- stl(nott, "period")
#- pruned (graphics): ts.plot(nott.stl$time.series[, c("remainder", "seasonal")],
#-         gpars = list(ylim  =  c(-15, 15), lty = c(1, 3)))
nott.stl <- stl(nott, 5)
#- pruned (graphics): ts.plot(nott.stl$time.series[, c("remainder", "seasonal")],
#-         ylim  =  c(-15, 15), lty = c(1, 3))

#- pruned (graphics): par(mfrow = c(1, 1))
#- pruned (graphics): boxplot(split(nott, cycle(nott)), names = month.abb)

nott[110] <- 35
nott.stl <- stl(nott, "period")
nott1 <- nott.stl$time.series[, "trend"] + nott.stl$time.series[, "remainder"]
#- pruned (graphics): acf(nott1)
#- pruned (graphics): acf(nott1, type = "partial")
#- pruned (graphics): cpgram(nott1)
ar(nott1)$aic
#- pruned (graphics): plot(0:23, ar(nott1)$aic, xlab = "order", ylab = "AIC",
#-      main = "AIC for AR(p)")
(nott1.ar1 <- arima(nott1, order = c(1,0,0)))
nott1.fore <- predict(nott1.ar1, 36)
nott1.fore$pred <- nott1.fore$pred +
    as.vector(nott.stl$time.series[1:36, "seasonal"])
#- pruned (graphics): ts.plot(window(nottem, 1937), nott1.fore$pred,
#-         nott1.fore$pred+2*nott1.fore$se,
#-         nott1.fore$pred-2*nott1.fore$se, lty = c(3, 1, 2, 2))
#- pruned (graphics): title("via Seasonal Decomposition")

#- pruned (graphics): acf(diff(nott,12), 30)
#- pruned (graphics): acf(diff(nott,12), 30, type = "partial")
#- pruned (graphics): cpgram(diff(nott, 12))
(nott.arima1 <- arima(nott, order = c(1,0,0),
     list(order = c(2,1,0), period = 12)) )
tsdiag(nott.arima1, gof.lag = 30)
(nott.arima2 <- arima(nott, order = c(0,0,2),
      list(order = c(0,1,2), period = 12)) )
tsdiag(nott.arima2, gof.lag = 30)
(nott.arima3 <- arima(nott, order = c(1,0,0),
      list(order = c(0,1,2), period = 12)) )
tsdiag(nott.arima3, gof.lag = 30)

nott.fore <- predict(nott.arima3, 36)
#- pruned (graphics): ts.plot(window(nottem, 1937), nott.fore$pred,
#-         nott.fore$pred+2*nott.fore$se,
#-         nott.fore$pred-2*nott.fore$se, lty = c(3, 1, 2, 2))
#- pruned (graphics): title("via Seasonal ARIMA model")


# 14.6  Regression with autocorrelated errors

#- pruned (package MASS): attach(beav1)
#- pruned (uses pruned day): beav1$hours <- 24*(day-346) + trunc(time/100) + (time%%100)/60
#- pruned (detaches pruned attach(beav1)): detach()
#- pruned (package MASS): attach(beav2)
#- pruned (uses pruned day): beav2$hours <- 24*(day-307) + trunc(time/100) + (time%%100)/60
#- pruned (detaches pruned attach(beav2)): detach()
#- pruned (graphics): par(mfrow = c(2, 2))
#- pruned (uses pruned beav1): plot(beav1$hours, beav1$temp, type = "l", xlab = "time",
#-      ylab = "temperature", main = "Beaver 1")
#- pruned (graphics): usr <- par("usr")
 #- pruned (uses pruned usr): usr[3:4] <- c(-0.2, 8)
 #- pruned (uses pruned usr): par(usr = usr)
#- pruned (uses pruned beav1): lines(beav1$hours, beav1$activ, type = "s", lty = 2)
#- pruned (uses pruned beav2): plot(beav2$hours, beav2$temp, type = "l", xlab = "time",
#-      ylab = "temperature", main = "Beaver 2")
#- pruned (graphics): usr <- par("usr")
 #- pruned (uses pruned usr): usr[3:4] <- c(-0.2, 8)
 #- pruned (uses pruned usr): par(usr = usr)
#- pruned (uses pruned beav2): lines(beav2$hours, beav2$activ, type = "s", lty = 2)

#- pruned (uses pruned beav2): attach(beav2)
#- pruned (uses pruned temp): temp2 <- ts(temp, start = 8+2/3, frequency = 6)
#- pruned (uses pruned activ): activ2 <- ts(activ, start = 8+2/3, frequency = 6)
#- pruned (uses pruned temp2): acf(temp2[activ2 == 0])
#- pruned (uses pruned temp2): acf(temp2[activ2 == 1]) # also look at PACFs
#- pruned (uses pruned temp2): acf(temp2[activ2 == 0], type = "partial")
#- pruned (uses pruned temp2): acf(temp2[activ2 == 1], type = "partial")
#- pruned (uses pruned temp2): ar(temp2[activ2 == 0])
#- pruned (uses pruned temp2): ar(temp2[activ2 == 1])
#- pruned (graphics): par(mfrow = c(1, 1))
#- pruned (detaches pruned attach(beav2)): detach()
#- pruned (uses pruned temp2): rm(temp2, activ2)

#- pruned (package nlme): library(nlme)
#- pruned (uses pruned temp): beav2.gls <- gls(temp ~ activ, data = beav2,
#-                  corr = corAR1(0.8), method = "ML")
#- pruned (uses pruned beav2.gls): summary(beav2.gls)
#- pruned (uses pruned beav2.gls): summary(update(beav2.gls, subset = 6:100))

#- pruned (uses pruned beav2): arima(beav2$temp, c(1,0,0), xreg = beav2$activ)

#- pruned (uses pruned beav1): attach(beav1)
#- pruned (uses pruned temp): temp1 <- ts(c(temp[1:82], NA, temp[83:114]), start = 9.5, frequency = 6)
#- pruned (uses pruned activ): activ1 <- ts(c(activ[1:82], NA, activ[83:114]), start = 9.5, frequency = 6)
#- pruned (uses pruned temp1): acf(temp1[1:53])
#- pruned (uses pruned temp1): acf(temp1[1:53], type = "partial")
#- pruned (uses pruned temp1): ar(temp1[1:53])

#- pruned (uses pruned activ1): act <- c(rep(0, 10), activ1)
#- pruned (uses pruned time): beav1b <- data.frame(Time = time(temp1), temp = as.vector(temp1),
#-            act = act[11:125], act1 = act[10:124],
#-            act2 = act[9:123], act3 = act[8:122])
#- pruned (detaches pruned attach(beav1)): detach()
#- pruned (uses pruned temp1): rm(temp1, activ1)

#- pruned (uses pruned temp): summary(gls(temp ~ act + act1 + act2 + act3,
#-             data = beav1b, na.action = na.omit,
#-             corr = corCAR1(0.82^6, ~Time), method = "ML"))

#- pruned (uses pruned beav1b): arima(beav1b$temp, c(1, 0, 0), xreg = beav1b[, 3:6])


# 14.6  Models for financial time series

#- pruned (package MASS): plot(SP500, type = "l", xlab = "", ylab = "returns (%)", xaxt = "n", las = 1)
#- pruned (graphics): axis(1, at = c(0, 254, 507, 761, 1014, 1266, 1518, 1772, 2025, 2277,
#-         2529, 2781), lab = 1990:2001)

#- pruned (package MASS): plot(density(SP500, width = "sj", n = 256), type = "l", xlab = "", ylab = "")

#- pruned (graphics): par(pty = "s")
#- pruned (package MASS): qqnorm(SP500)
#- pruned (package MASS): qqline(SP500)
#- pruned (package MASS): if(FALSE) {
#-     module(garch)
#-     summary(garch(SP500 ~ 1, ~garch(1,1)))
#- 
#-     fit <- garch(SP500 ~ 1, ~garch(1,1), cond.dist = "t")
#-     summary(fit)
#-     plot(fit)
#- 
#-     summary(garch(SP500 ~ 1, ~egarch(1,1), cond.dist = "t", leverage = TRUE))
#- }

#- pruned (package tseries): if(require(tseries))
#-     print(summary(garch(x = SP500 - median(SP500), order = c(1, 1))))

# End of ch14
