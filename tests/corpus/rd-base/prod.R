# rheap corpus: rd-base/prod.R
# source: the examples of help page prod.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: prod
### Title: Product of Vector Elements
### Aliases: prod
### Keywords: arith

### ** Examples

print(prod(1:7)) == print(gamma(8))



