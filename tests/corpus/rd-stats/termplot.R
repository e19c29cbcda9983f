# rheap corpus: rd-stats/termplot.R
# source: the examples of help page termplot.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (graphics: 2; package MASS: 1; package splines: 2; uses pruned variable: 5)

### Name: termplot
### Title: Plot Regression Terms
### Aliases: termplot
### Keywords: hplot regression

### ** Examples

#- pruned (graphics): require(graphics)

had.splines <- "package:splines" %in% search()
#- pruned (package splines): if(!had.splines) rs <- require(splines)
x <- 1:100
z <- factor(rep(LETTERS[1:4], 25))
y <- rnorm(100, sin(x/10)+as.numeric(z))
#- pruned (package splines): model <- glm(y ~ ns(x, 6) + z)

#- pruned (graphics): par(mfrow = c(2,2)) ## 2 x 2 plots for same model :
#- pruned (uses pruned model): termplot(model, main = paste("termplot( ", deparse(model$call)," ...)"))
#- pruned (uses pruned model): termplot(model, rug = TRUE)
#- pruned (uses pruned model): termplot(model, partial.resid = TRUE, se = TRUE, main = TRUE)
#- pruned (uses pruned model): termplot(model, partial.resid = TRUE, smooth = panel.smooth, span.smth = 1/4)
#- pruned (uses pruned rs): if(!had.splines && rs) detach("package:splines")

#- pruned (package MASS): if(requireNamespace("MASS", quietly = TRUE)) {
#- hills.lm <- lm(log(time) ~ log(climb)+log(dist), data = MASS::hills)
#- termplot(hills.lm, partial.resid = TRUE, smooth = panel.smooth,
#-         terms = "log(dist)", main = "Original")
#- termplot(hills.lm, transform.x = TRUE,
#-          partial.resid = TRUE, smooth = panel.smooth,
#- 	 terms = "log(dist)", main = "Transformed")
#- 
#- }


