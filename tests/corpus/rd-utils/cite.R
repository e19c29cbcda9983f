# rheap corpus: rd-utils/cite.R
# source: the examples of help page cite.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (package tools: 2; uses pruned variable: 1)

### Name: cite
### Title: Cite a Bibliography Entry
### Aliases: cite citeNatbib
### Keywords: utilities documentation

### ** Examples

## R reference
rref <- bibentry(
   bibtype = "Manual",
   title = "R: A Language and Environment for Statistical Computing",
   author = person("R Core Team"),
   organization = "R Foundation for Statistical Computing",
   address = "Vienna, Austria",
   year = 2013,
   url = "https://www.R-project.org/",
   key = "R")

## References for boot package and associated book
bref <- c(
   bibentry(
     bibtype = "Manual",
     title = "boot: Bootstrap R (S-PLUS) Functions",
     author = c(
       person("Angelo", "Canty", role = "aut",
         comment = "S original"),
       person(c("Brian", "D."), "Ripley", role = c("aut", "trl", "cre"),
         comment = "R port, author of parallel support",
         email = "ripley@stats.ox.ac.uk")
     ),
     year = "2012",
     note = "R package version 1.3-4",
     url = "https://CRAN.R-project.org/package=boot",
     key = "boot-package"
   ),

   bibentry(
     bibtype = "Book",
     title = "Bootstrap Methods and Their Applications",
     author = as.person("Anthony C. Davison [aut], David V. Hinkley [aut]"),
     year = "1997",
     publisher = "Cambridge University Press",
     address = "Cambridge",
     isbn = "0-521-57391-2",
     url = "http://statwww.epfl.ch/davison/BMA/",
     key = "boot-book"
   )
)

## Combine and cite
refs <- c(rref, bref)
cite("R, boot-package", refs)

## Cite numerically
#- pruned (package tools): savestyle <- tools::getBibstyle()
#- pruned (package tools): tools::bibstyle("JSSnumbered", .init = TRUE,
#-          fmtPrefix = function(paper) paste0("[", paper$.index, "]"),
#-          cite = function(key, bib, ...)
#-          	citeNatbib(key, bib, mode = "numbers",
#-          	    bibpunct = c("[", "]", ";", "n", "", ","), ...)
#-          )
cite("R, boot-package", refs, textual = TRUE)
refs

## restore the old style
#- pruned (uses pruned savestyle): tools::bibstyle(savestyle, .default = TRUE)



