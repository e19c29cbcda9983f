# rheap corpus: rd-base/basename.R
# source: the examples of help page basename.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: basename
### Title: Manipulate File Paths
### Aliases: basename dirname
### Keywords: file

### ** Examples

basename(file.path("","p1","p2","p3", c("file1", "file2")))
dirname (file.path("","p1","p2","p3", "filename"))



