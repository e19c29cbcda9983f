# rheap corpus: rd-utils/read.table.R
# source: the examples of help page read.table.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (files: 2; uses pruned variable: 5)

### Name: read.table
### Title: Data Input
### Aliases: read.table read.csv read.csv2 read.delim read.delim2
### Keywords: file connection

### ** Examples

## using count.fields to handle unknown maximum number of fields
## when fill = TRUE
test1 <- c(1:5, "6,7", "8,9,10")
#- pruned (files): tf <- tempfile()
#- pruned (uses pruned tf): writeLines(test1, tf)

#- pruned (uses pruned tf): read.csv(tf, fill = TRUE) # 1 column
#- pruned (uses pruned tf): ncol <- max(count.fields(tf, sep = ","))
#- pruned (uses pruned tf): read.csv(tf, fill = TRUE, header = FALSE,
#-          col.names = paste0("V", seq_len(ncol)))
#- pruned (uses pruned tf): unlink(tf)

## "Inline" data set, using text=
## Notice that leading and trailing empty lines are auto-trimmed

#- pruned (files): read.table(header = TRUE, text = "
#- a b
#- 1 2
#- 3 4
#- ")



