# Errors stop the script with R's message; what ran before stays.
x <- 1:10
sum(x)
numeric(-1)
x
