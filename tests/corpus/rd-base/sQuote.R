# rheap corpus: rd-base/sQuote.R
# source: the examples of help page sQuote.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (system: 1)

### Name: sQuote
### Title: Quote Text
### Aliases: sQuote dQuote
### Keywords: character

### ** Examples

op <- options("useFancyQuotes")
paste("argument", sQuote("x"), "must be non-zero")
options(useFancyQuotes = FALSE)
cat("\ndistinguish plain", sQuote("single"), "and",
    dQuote("double"), "quotes\n")
options(useFancyQuotes = TRUE)
cat("\ndistinguish fancy", sQuote("single"), "and",
    dQuote("double"), "quotes\n")
options(useFancyQuotes = "TeX")
cat("\ndistinguish TeX", sQuote("single"), "and",
    dQuote("double"), "quotes\n")
#- pruned (system): if(l10n_info()$`Latin-1`) {
#-     options(useFancyQuotes = c("\xab", "\xbb", "\xbf", "?"))
#-     cat("\n", sQuote("guillemet"), "and",
#-         dQuote("Spanish question"), "styles\n")
#- } else if(l10n_info()$`UTF-8`) {
#-     options(useFancyQuotes = c("\xc2\xab", "\xc2\xbb", "\xc2\xbf", "?"))
#-     cat("\n", sQuote("guillemet"), "and",
#-         dQuote("Spanish question"), "styles\n")
#- }
options(op)



