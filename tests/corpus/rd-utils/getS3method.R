# rheap corpus: rd-utils/getS3method.R
# source: the examples of help page getS3method.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: getS3method
### Title: Get an S3 Method
### Aliases: getS3method
### Keywords: data methods

### ** Examples

require(stats)
exists("predict.ppr") # false
getS3method("predict", "ppr")



