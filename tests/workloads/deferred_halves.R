# as.character() of a sequence of doubles is a deferred string (altclasses.c); nchar() writes out
# every element (ExpandDeferredStringElt), each by StringFromReal with 15 significant digits:
# "0.5", "1", ..., "1e+05", "100000.5". Known to the simulator as the sequence it is (a sequence
# divided by a power of two divides exactly).
s1 <- as.character(seq_len(500000) / 2)
t9 <- nchar(s1)
print(s1[c(1, 2, 199999, 200000, 200001)])
