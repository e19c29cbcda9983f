# S4 classes: definitions, many objects, slot updates (methods package costs measured in R).
setClass("Pt", representation(x = "numeric", y = "numeric"))
Box <- setClass("Box", slots = c(w = "numeric", label = "character"))
pts <- list()
for (i in 1:3000) pts[[i]] <- new("Pt", x = i, y = 2)
print(length(pts))
print(object.size(pts[[1]]))
for (i in 1:3000) pts[[i]]@y <- 3
b <- Box(w = c(1, 2, 3), label = "b")
b
print(object.size(b))
for (i in 1:5000) z <- new("Pt", x = 1, y = 2)
print(isVirtualClass("Pt"))
rm(pts)
gc()
