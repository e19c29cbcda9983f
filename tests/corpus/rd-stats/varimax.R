# rheap corpus: rd-stats/varimax.R
# source: the examples of help page varimax.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: varimax
### Title: Rotation Methods for Factor Analysis
### Aliases: promax varimax
### Keywords: multivariate

### ** Examples

## varimax with normalize = TRUE is the default
fa <- factanal( ~., 2, data = swiss)
varimax(loadings(fa), normalize = FALSE)
promax(loadings(fa))



