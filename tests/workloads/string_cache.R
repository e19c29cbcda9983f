# Strings: as.character() of numbers is a deferred string (no CHARSXP until an element is read;
# reading happens with the collector off); every new CHARSXP enters R_StringHash, whose table
# doubles when more than 85 % of its slots are in use and never shrinks.
s <- as.character(1:300000)
print(length(s))
k <- paste0("k", 1:100000)
t <- toupper(s)
rm(s)
set.seed(1)
u <- as.character(runif(50000))
n <- nchar(u)
w <- paste("id", seq_len(200000), sep = "_")
print(length(w))
rm(k, t)
