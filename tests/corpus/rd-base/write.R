# rheap corpus: rd-base/write.R
# source: the examples of help page write.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (files: 1; uses pruned variable: 3)

### Name: write
### Title: Write Data to a File
### Aliases: write
### Keywords: file connection

### ** Examples

# create a 2 by 5 matrix
x <- matrix(1:10, ncol = 5)

#- pruned (files): fil <- tempfile("data")
# the file data contains x, two rows, five cols
# 1 3 5 7 9 will form the first row
#- pruned (uses pruned fil): write(t(x), fil)
#- pruned (uses pruned fil): if(interactive()) file.show(fil)
#- pruned (uses pruned fil): unlink(fil) # tidy up

# Writing to the "console" 'tab-delimited'
# two rows, five cols but the first row is 1 2 3 4 5
write(x, "", sep = "\t")



