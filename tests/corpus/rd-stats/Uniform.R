# rheap corpus: rd-stats/Uniform.R
# source: the examples of help page Uniform.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Uniform
### Title: The Uniform Distribution
### Aliases: Uniform dunif punif qunif runif
### Keywords: distribution

### ** Examples

u <- runif(20)

## The following relations always hold :
punif(u) == u
dunif(u) == 1

var(runif(10000))  #- ~ = 1/12 = .08333



