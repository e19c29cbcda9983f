# rheap corpus: rd-stats/predict.smooth.spline.R
# source: the examples of help page predict.smooth.spline.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 8 expression(s) (graphics: 5; uses pruned variable: 3)

### Name: predict.smooth.spline
### Title: Predict from Smoothing Spline Fit
### Aliases: predict.smooth.spline
### Keywords: smooth

### ** Examples

#- pruned (graphics): require(graphics)

attach(cars)
cars.spl <- smooth.spline(speed, dist, df = 6.4)
## Don't show: 
print.default(cars.spl)
## End(Don't show)

## "Proof" that the derivatives are okay, by comparing with approximation
diff.quot <- function(x, y) {
  ## Difference quotient (central differences where available)
  n <- length(x); i1 <- 1:2; i2 <- (n-1):n
  c(diff(y[i1]) / diff(x[i1]), (y[-i1] - y[-i2]) / (x[-i1] - x[-i2]),
    diff(y[i2]) / diff(x[i2]))
}

xx <- unique(sort(c(seq(0, 30, by = .2), kn <- unique(speed))))
i.kn <- match(kn, xx)   # indices of knots within xx
#- pruned (graphics): op <- par(mfrow = c(2,2))
#- pruned (graphics): plot(speed, dist, xlim = range(xx), main = "Smooth.spline & derivatives")
#- pruned (graphics): lines(pp <- predict(cars.spl, xx), col = "red")
#- pruned (uses pruned pp): points(kn, pp$y[i.kn], pch = 3, col = "dark red")
#- pruned (graphics): mtext("s(x)", col = "red")
#- pruned (uses pruned pp): for(d in 1:3){
#-   n <- length(pp$x)
#-   plot(pp$x, diff.quot(pp$x,pp$y), type = "l", xlab = "x", ylab = "",
#-        col = "blue", col.main = "red",
#-        main = paste0("s" ,paste(rep("'", d), collapse = ""), "(x)"))
#-   mtext("Difference quotient approx.(last)", col = "blue")
#-   lines(pp <- predict(cars.spl, xx, deriv = d), col = "red")
#- ## Don't show: 
#-   print(pp)
#- ## End(Don't show)
#-   points(kn, pp$y[i.kn], pch = 3, col = "dark red")
#-   abline(h = 0, lty = 3, col = "gray")
#- }
detach(); 
#- pruned (uses pruned op): par(op)



