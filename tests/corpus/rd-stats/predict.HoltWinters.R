# rheap corpus: rd-stats/predict.HoltWinters.R
# source: the examples of help page predict.HoltWinters.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: predict.HoltWinters
### Title: Prediction Function for Fitted Holt-Winters Models
### Aliases: predict.HoltWinters
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

m <- HoltWinters(co2)
p <- predict(m, 50, prediction.interval = TRUE)
#- pruned (graphics): plot(m, p)



