# rheap corpus: rd-stats/tsdiag.R
# source: the examples of help page tsdiag.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (graphics: 1)

### Name: tsdiag
### Title: Diagnostic Plots for Time-Series Fits
### Aliases: tsdiag tsdiag.arima0 tsdiag.Arima tsdiag.StructTS
### Keywords: ts

### ** Examples

## No test: 
#- pruned (graphics): require(graphics)

fit <- arima(lh, c(1,0,0))
tsdiag(fit)

## see also examples(arima)

(fit <- StructTS(log10(JohnsonJohnson), type = "BSM"))
tsdiag(fit)
## End(No test)


