# rheap corpus: rd-stats/Wilcoxon.R
# source: the examples of help page Wilcoxon.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 13 expression(s) (graphics: 10; uses pruned variable: 3)

### Name: Wilcoxon
### Title: Distribution of the Wilcoxon Rank Sum Statistic
### Aliases: Wilcoxon dwilcox pwilcox qwilcox rwilcox
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)

x <- -1:(4*6 + 1)
fx <- dwilcox(x, 4, 6)
Fx <- pwilcox(x, 4, 6)

#- pruned (graphics): layout(rbind(1,2), widths = 1, heights = c(3,2))
#- pruned (graphics): plot(x, fx, type = "h", col = "violet",
#-      main =  "Probabilities (density) of Wilcoxon-Statist.(n=6, m=4)")
#- pruned (graphics): plot(x, Fx, type = "s", col = "blue",
#-      main =  "Distribution of Wilcoxon-Statist.(n=6, m=4)")
#- pruned (graphics): abline(h = 0:1, col = "gray20", lty = 2)
#- pruned (graphics): layout(1) # set back

N <- 200
#- pruned (graphics): hist(U <- rwilcox(N, m = 4,n = 6), breaks = 0:25 - 1/2,
#-      border = "red", col = "pink", sub = paste("N =",N))
#- pruned (graphics): mtext("N * f(x),  f() = true \"density\"", side = 3, col = "blue")
 #- pruned (graphics): lines(x, N*fx, type = "h", col = "blue", lwd = 2)
#- pruned (graphics): points(x, N*fx, cex = 2)

## Better is a Quantile-Quantile Plot
#- pruned (uses pruned U): qqplot(U, qw <- qwilcox((1:N - 1/2)/N, m = 4, n = 6),
#-        main = paste("Q-Q-Plot of empirical and theoretical quantiles",
#-                      "Wilcoxon Statistic,  (m=4, n=6)", sep = "\n"))
#- pruned (uses pruned U): n <- as.numeric(names(print(tU <- table(U))))
#- pruned (uses pruned n): text(n+.2, n+.5, labels = tU, col = "red")



