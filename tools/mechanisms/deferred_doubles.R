# as.character() of doubles without attributes is an ALTREP deferred string (altclasses.c
# R_deferred_coerceToString); reading its elements (nchar: STRING_ELT -> deferred_string_Elt ->
# ExpandDeferredStringElt) makes each CHARSXP with StringFromReal, 15 significant digits: a
# sequence of halves gives "0.5", "1", "1.5", ..., "1e+05", "100000.5" -- one Vcell each, not the
# 17 bytes rheap assumed for doubles it did not know (final Vcells were +63 % of R's).
#   Rscript --vanilla tools/mechanisms/deferred_doubles.R
s <- as.character(seq_len(500000) / 2)
v0 <- gc()[2, 1]
n <- nchar(s)
cat("Vcells more:", gc()[2, 1] - v0, "(the expanded STRSXP, a CHARSXP per element, nchar's answer)\n")
print(s[c(1, 2, 199999, 200000, 200001)])
