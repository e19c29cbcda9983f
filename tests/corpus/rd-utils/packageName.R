# rheap corpus: rd-utils/packageName.R
# source: the examples of help page packageName.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: packageName
### Title: Find Package Associated with an Environment
### Aliases: packageName
### Keywords: utilities

### ** Examples

packageName()
packageName(environment(mean))



