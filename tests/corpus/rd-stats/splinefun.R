# rheap corpus: rd-stats/splinefun.R
# source: the examples of help page splinefun.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 38 expression(s) (graphics: 32; uses pruned variable: 6)

### Name: splinefun
### Title: Interpolating Splines
### Aliases: spline splinefun splinefunH
### Keywords: math dplot

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): op <- par(mfrow = c(2,1), mgp = c(2,.8,0), mar = 0.1+c(3,3,3,1))
n <- 9
x <- 1:n
y <- rnorm(n)
#- pruned (graphics): plot(x, y, main = paste("spline[fun](.) through", n, "points"))
#- pruned (graphics): lines(spline(x, y))
#- pruned (graphics): lines(spline(x, y, n = 201), col = 2)

y <- (x-6)^2
#- pruned (graphics): plot(x, y, main = "spline(.) -- 3 methods")
#- pruned (graphics): lines(spline(x, y, n = 201), col = 2)
#- pruned (graphics): lines(spline(x, y, n = 201, method = "natural"), col = 3)
#- pruned (graphics): lines(spline(x, y, n = 201, method = "periodic"), col = 4)
#- pruned (graphics): legend(6, 25, c("fmm","natural","periodic"), col = 2:4, lty = 1)

y <- sin((x-0.5)*pi)
f <- splinefun(x, y)
ls(envir = environment(f))
splinecoef <- get("z", envir = environment(f))
#- pruned (graphics): curve(f(x), 1, 10, col = "green", lwd = 1.5)
#- pruned (graphics): points(splinecoef, col = "purple", cex = 2)
#- pruned (graphics): curve(f(x, deriv = 1), 1, 10, col = 2, lwd = 1.5)
#- pruned (graphics): curve(f(x, deriv = 2), 1, 10, col = 2, lwd = 1.5, n = 401)
#- pruned (graphics): curve(f(x, deriv = 3), 1, 10, col = 2, lwd = 1.5, n = 401)
#- pruned (uses pruned op): par(op)

## Manual spline evaluation --- demo the coefficients :
.x <- splinecoef$x
u <- seq(3, 6, by = 0.25)
(ii <- findInterval(u, .x))
dx <- u - .x[ii]
f.u <- with(splinecoef,
            y[ii] + dx*(b[ii] + dx*(c[ii] + dx* d[ii])))
stopifnot(all.equal(f(u), f.u))

## An example with ties (non-unique  x values):
set.seed(1); x <- round(rnorm(30), 1); y <- sin(pi * x) + rnorm(30)/10
#- pruned (graphics): plot(x, y, main = "spline(x,y)  when x has ties")
#- pruned (graphics): lines(spline(x, y, n = 201), col = 2)
## visualizes the non-unique ones:
tx <- table(x); mx <- as.numeric(names(tx[tx > 1]))
ry <- matrix(unlist(tapply(y, match(x, mx), range, simplify = FALSE)),
             ncol = 2, byrow = TRUE)
#- pruned (graphics): segments(mx, ry[, 1], mx, ry[, 2], col = "blue", lwd = 2)

## Another example with sorted x, but ties:
set.seed(8); x <- sort(round(rnorm(30), 1)); y <- round(sin(pi * x) + rnorm(30)/10, 3)
summary(diff(x) == 0) # -> 7 duplicated x-values
str(spline(x, y, n = 201, ties="ordered")) # all '$y' entries are NaN
## The default (ties=mean) is ok, but most efficient to use instead is
sxyo <- spline(x, y, n = 201, ties= list("ordered", mean))
sapply(sxyo, summary)# all fine now
#- pruned (graphics): plot(x, y, main = "spline(x,y, ties=list(\"ordered\", mean))  for when x has ties")
#- pruned (graphics): lines(sxyo, col="blue")

## An example of monotone interpolation
n <- 20
set.seed(11)
x. <- sort(runif(n)) ; y. <- cumsum(abs(rnorm(n)))
#- pruned (graphics): plot(x., y.)
#- pruned (graphics): curve(splinefun(x., y.)(x), add = TRUE, col = 2, n = 1001)
#- pruned (graphics): curve(splinefun(x., y., method = "monoH.FC")(x), add = TRUE, col = 3, n = 1001)
#- pruned (graphics): curve(splinefun(x., y., method = "hyman")   (x), add = TRUE, col = 4, n = 1001)
#- pruned (graphics): legend("topleft",
#-        paste0("splinefun( \"", c("fmm", "monoH.FC", "hyman"), "\" )"),
#-        col = 2:4, lty = 1, bty = "n")

## and one from Fritsch and Carlson (1980), Dougherty et al (1989)
x. <- c(7.09, 8.09, 8.19, 8.7, 9.2, 10, 12, 15, 20)
f <- c(0, 2.76429e-5, 4.37498e-2, 0.169183, 0.469428, 0.943740,
       0.998636, 0.999919, 0.999994)
s0 <- splinefun(x., f)
s1 <- splinefun(x., f, method = "monoH.FC")
s2 <- splinefun(x., f, method = "hyman")
#- pruned (graphics): plot(x., f, ylim = c(-0.2, 1.2))
#- pruned (graphics): curve(s0(x), add = TRUE, col = 2, n = 1001) -> m0
#- pruned (graphics): curve(s1(x), add = TRUE, col = 3, n = 1001)
#- pruned (graphics): curve(s2(x), add = TRUE, col = 4, n = 1001)
#- pruned (graphics): legend("right",
#-        paste0("splinefun( \"", c("fmm", "monoH.FC", "hyman"), "\" )"),
#-        col = 2:4, lty = 1, bty = "n")

## they seem identical, but are not quite:
#- pruned (uses pruned m0): xx <- m0$x
#- pruned (uses pruned xx): plot(xx, s1(xx) - s2(xx), type = "l",  col = 2, lwd = 2,
#-      main = "Difference   monoH.FC - hyman")
 #- pruned (graphics): abline(h = 0, lty = 3)

#- pruned (uses pruned xx): x <- xx[xx < 10.2] ## full range: x <- xx .. does not show enough
#- pruned (graphics): ccol <- adjustcolor(2:4, 0.8)
#- pruned (uses pruned x): matplot(x, cbind(s0(x, deriv = 2), s1(x, deriv = 2), s2(x, deriv = 2))^2,
#-         lwd = 2, col = ccol, type = "l", ylab = quote({{f*second}(x)}^2),
#-         main = expression({{f*second}(x)}^2 ~" for the three 'splines'"))
#- pruned (uses pruned ccol): legend("topright",
#-        paste0("splinefun( \"", c("fmm", "monoH.FC", "hyman"), "\" )"),
#-        lwd = 2, col  =  ccol, lty = 1:3, bty = "n")
## --> "hyman" has slightly smaller  Integral f''(x)^2 dx  than "FC",
## here, and both are 'much worse' than the regular fmm spline.



