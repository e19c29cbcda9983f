# rheap corpus: rd-stats/runmed.R
# source: the examples of help page runmed.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 19 expression(s) (graphics: 18; interactive: 1)

### Name: runmed
### Title: Running Medians - Robust Scatter Plot Smoothing
### Aliases: runmed
### Keywords: smooth robust

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (interactive): utils::example(nhtemp)
myNHT <- as.vector(nhtemp)
myNHT[20] <- 2 * nhtemp[20]
#- pruned (graphics): plot(myNHT, type = "b", ylim = c(48, 60), main = "Running Medians Example")
#- pruned (graphics): lines(runmed(myNHT, 7), col = "red")

## special: multiple y values for one x
#- pruned (graphics): plot(cars, main = "'cars' data and runmed(dist, 3)")
#- pruned (graphics): lines(cars, col = "light gray", type = "c")
#- pruned (graphics): with(cars, lines(speed, runmed(dist, k = 3), col = 2))

## nice quadratic with a few outliers
y <- ys <- (-20:20)^2
y [c(1,10,21,41)] <- c(150, 30, 400, 450)
all(y == runmed(y, 1)) # 1-neighbourhood <==> interpolation
#- pruned (graphics): plot(y) ## lines(y, lwd = .1, col = "light gray")
#- pruned (graphics): lines(lowess(seq(y), y, f = 0.3), col = "brown")
#- pruned (graphics): lines(runmed(y, 7), lwd = 2, col = "blue")
#- pruned (graphics): lines(runmed(y, 11), lwd = 2, col = "red")

## Lowess is not robust
y <- ys ; y[21] <- 6666 ; x <- seq(y)
col <- c("black", "brown","blue")
#- pruned (graphics): plot(y, col = col[1])
#- pruned (graphics): lines(lowess(x, y, f = 0.3), col = col[2])
#- pruned (graphics): lines(runmed(y, 7),      lwd = 2, col = col[3])
#- pruned (graphics): legend(length(y),max(y), c("data", "lowess(y, f = 0.3)", "runmed(y, 7)"),
#-        xjust = 1, col = col, lty = c(0, 1, 1), pch = c(1,NA,NA))

## An example with initial NA's - used to fail badly (notably for "Turlach"):
x15 <- c(rep(NA, 4), c(9, 9, 4, 22, 6, 1, 7, 5, 2, 8, 3))
rS15 <- cbind(Sk.3 = runmed(x15, k = 3, algorithm="S"),
              Sk.7 = runmed(x15, k = 7, algorithm="S"),
              Sk.11= runmed(x15, k =11, algorithm="S"))
rT15 <- cbind(Tk.3 = runmed(x15, k = 3, algorithm="T", print.level=1),
              Tk.7 = runmed(x15, k = 7, algorithm="T", print.level=1),
              Tk.9 = runmed(x15, k = 9, algorithm="T", print.level=1),
              Tk.11= runmed(x15, k =11, algorithm="T", print.level=1))
cbind(x15, rS15, rT15) # result for k=11  maybe a bit surprising ..
Tv <- rT15[-(1:3),]
stopifnot(3 <= Tv, Tv <= 9, 5 <= Tv[1:10,])
#- pruned (graphics): matplot(y = cbind(x15, rT15), type = "b", ylim = c(1,9), pch=1:5, xlab = NA,
#-         main = "runmed(x15, k, algo = \"Turlach\")")
#- pruned (graphics): mtext(paste("x15 <-", deparse(x15)))
#- pruned (graphics): points(x15, cex=2)
#- pruned (graphics): legend("bottomleft", legend=c("data", paste("k = ", c(3,7,9,11))),
#-        bty="n", col=1:5, lty=1:5, pch=1:5)



