# rheap corpus: rd-stats/NegBinomial.R
# source: the examples of help page NegBinomial.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 9 expression(s) (graphics: 4; uses pruned variable: 5)

### Name: NegBinomial
### Title: The Negative Binomial Distribution
### Aliases: NegBinomial dnbinom pnbinom qnbinom rnbinom
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)
x <- 0:11
dnbinom(x, size = 1, prob = 1/2) * 2^(1 + x) # == 1
126 /  dnbinom(0:8, size  = 2, prob  = 1/2) #- theoretically integer

## No test: 
## Cumulative ('p') = Sum of discrete prob.s ('d');  Relative error :
summary(1 - cumsum(dnbinom(x, size = 2, prob = 1/2)) /
                  pnbinom(x, size  = 2, prob = 1/2))
## End(No test)

x <- 0:15
size <- (1:20)/4
#- pruned (graphics): persp(x, size, dnb <- outer(x, size, function(x,s) dnbinom(x, s, prob = 0.4)),
#-       xlab = "x", ylab = "s", zlab = "density", theta = 150)
#- pruned (graphics): title(tit <- "negative binomial density(x,s, pr = 0.4)  vs.  x & s")

#- pruned (uses pruned dnb): image  (x, size, log10(dnb), main = paste("log [", tit, "]"))
#- pruned (uses pruned dnb): contour(x, size, log10(dnb), add = TRUE)

## Alternative parametrization
x1 <- rnbinom(500, mu = 4, size = 1)
x2 <- rnbinom(500, mu = 4, size = 10)
x3 <- rnbinom(500, mu = 4, size = 100)
#- pruned (graphics): h1 <- hist(x1, breaks = 20, plot = FALSE)
#- pruned (uses pruned h1): h2 <- hist(x2, breaks = h1$breaks, plot = FALSE)
#- pruned (uses pruned h1): h3 <- hist(x3, breaks = h1$breaks, plot = FALSE)
#- pruned (uses pruned h1): barplot(rbind(h1$counts, h2$counts, h3$counts),
#-         beside = TRUE, col = c("red","blue","cyan"),
#-         names.arg = round(h1$breaks[-length(h1$breaks)]))



