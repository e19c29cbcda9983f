# rheap corpus: rd-base/Bessel.R
# source: the examples of help page Bessel.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 35 expression(s) (graphics: 34; uses pruned variable: 1)

### Name: Bessel
### Title: Bessel Functions
### Aliases: bessel Bessel besselI besselJ besselK besselY
### Keywords: math

### ** Examples

#- pruned (graphics): require(graphics)

nus <- c(0:5, 10, 20)

x <- seq(0, 4, length.out = 501)
#- pruned (graphics): plot(x, x, ylim = c(0, 6), ylab = "", type = "n",
#-      main = "Bessel Functions  I_nu(x)")
#- pruned (graphics): for(nu in nus) lines(x, besselI(x, nu = nu), col = nu + 2)
#- pruned (graphics): legend(0, 6, legend = paste("nu=", nus), col = nus + 2, lwd = 1)

x <- seq(0, 40, length.out = 801); yl <- c(-.5, 1)
#- pruned (graphics): plot(x, x, ylim = yl, ylab = "", type = "n",
#-      main = "Bessel Functions  J_nu(x)")
#- pruned (graphics): abline(h=0, v=0, lty=3)
#- pruned (graphics): for(nu in nus) lines(x, besselJ(x, nu = nu), col = nu + 2)
#- pruned (graphics): legend("topright", legend = paste("nu=", nus), col = nus + 2, lwd = 1, bty="n")

## Negative nu's --------------------------------------------------
xx <- 2:7
nu <- seq(-10, 9, length.out = 2001)
## --- I() --- --- --- ---
#- pruned (graphics): matplot(nu, t(outer(xx, nu, besselI)), type = "l", ylim = c(-50, 200),
#-         main = expression(paste("Bessel ", I[nu](x), " for fixed ", x,
#-                                 ",  as ", f(nu))),
#-         xlab = expression(nu))
#- pruned (graphics): abline(v = 0, col = "light gray", lty = 3)
#- pruned (graphics): legend(5, 200, legend = paste("x=", xx), col=seq(xx), lty=1:5)

## --- J() --- --- --- ---
bJ <- t(outer(xx, nu, besselJ))
#- pruned (graphics): matplot(nu, bJ, type = "l", ylim = c(-500, 200),
#-         xlab = quote(nu), ylab = quote(J[nu](x)),
#-         main = expression(paste("Bessel ", J[nu](x), " for fixed ", x)))
#- pruned (graphics): abline(v = 0, col = "light gray", lty = 3)
#- pruned (graphics): legend("topright", legend = paste("x=", xx), col=seq(xx), lty=1:5)

## ZOOM into right part:
#- pruned (graphics): matplot(nu[nu > -2], bJ[nu > -2,], type = "l",
#-         xlab = quote(nu), ylab = quote(J[nu](x)),
#-         main = expression(paste("Bessel ", J[nu](x), " for fixed ", x)))
#- pruned (graphics): abline(h=0, v = 0, col = "gray60", lty = 3)
#- pruned (graphics): legend("topright", legend = paste("x=", xx), col=seq(xx), lty=1:5)


##---------------  x --> 0  -----------------------------
x0 <- 2^seq(-16, 5, length.out=256)
#- pruned (graphics): plot(range(x0), c(1e-40, 1), log = "xy", xlab = "x", ylab = "", type = "n",
#-      main = "Bessel Functions  J_nu(x)  near 0\n log - log  scale")
 #- pruned (graphics): axis(2, at=1)
#- pruned (graphics): for(nu in sort(c(nus, nus+0.5)))
#-     lines(x0, besselJ(x0, nu = nu), col = nu + 2, lty= 1+ (nu%%1 > 0))
#- pruned (graphics): legend("right", legend = paste("nu=", paste(nus, nus+0.5, sep=", ")),
#-        col = nus + 2, lwd = 1, bty="n")

x0 <- 2^seq(-10, 8, length.out=256)
#- pruned (graphics): plot(range(x0), 10^c(-100, 80), log = "xy", xlab = "x", ylab = "", type = "n",
#-      main = "Bessel Functions  K_nu(x)  near 0\n log - log  scale")
 #- pruned (graphics): axis(2, at=1)
#- pruned (graphics): for(nu in sort(c(nus, nus+0.5)))
#-     lines(x0, besselK(x0, nu = nu), col = nu + 2, lty= 1+ (nu%%1 > 0))
#- pruned (graphics): legend("topright", legend = paste("nu=", paste(nus, nus + 0.5, sep = ", ")),
#-        col = nus + 2, lwd = 1, bty="n")

x <- x[x > 0]
#- pruned (graphics): plot(x, x, ylim = c(1e-18, 1e11), log = "y", ylab = "", type = "n",
#-      main = "Bessel Functions  K_nu(x)")
 #- pruned (graphics): axis(2, at=1)
#- pruned (graphics): for(nu in nus) lines(x, besselK(x, nu = nu), col = nu + 2)
#- pruned (graphics): legend(0, 1e-5, legend=paste("nu=", nus), col = nus + 2, lwd = 1)

yl <- c(-1.6, .6)
#- pruned (graphics): plot(x, x, ylim = yl, ylab = "", type = "n",
#-      main = "Bessel Functions  Y_nu(x)")
#- pruned (graphics): for(nu in nus){
#-     xx <- x[x > .6*nu]
#-     lines(xx, besselY(xx, nu=nu), col = nu+2)
#- }
#- pruned (graphics): legend(25, -.5, legend = paste("nu=", nus), col = nus+2, lwd = 1)

## negative nu in bessel_Y -- was bogus for a long time
#- pruned (graphics): curve(besselY(x, -0.1), 0, 10, ylim = c(-3,1), ylab = "")
#- pruned (graphics): for(nu in c(seq(-0.2, -2, by = -0.1)))
#-   curve(besselY(x, nu), add = TRUE)
#- pruned (uses pruned nu): title(expression(besselY(x, nu) * "   " *
#-                  {nu == list(-0.1, -0.2, ..., -2)}))



