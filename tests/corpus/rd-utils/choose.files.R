# rheap corpus: rd-utils/choose.files.R
# source: the examples of help page choose.files.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: choose.files
### Title: Choose a List of Files Interactively on MS Windows
### Aliases: choose.files Filters
### Keywords: file

### ** Examples

  if (interactive() && .Platform$OS.type == "windows")
       choose.files(filters = Filters[c("zip", "All"),])



