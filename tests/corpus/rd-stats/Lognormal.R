# rheap corpus: rd-stats/Lognormal.R
# source: the examples of help page Lognormal.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Lognormal
### Title: The Log Normal Distribution
### Aliases: Lognormal dlnorm plnorm qlnorm rlnorm
### Keywords: distribution

### ** Examples

dlnorm(1) == dnorm(0)



