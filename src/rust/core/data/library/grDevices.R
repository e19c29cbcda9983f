# R 4.2.2 namespace:grDevices, extracted by tools/library/extract.R (GPL >= 2, R Core Team)
#@ value internal .__NAMESPACE__. environment
#@ value internal .__S3MethodsTable__. environment
#@ closure exported .axisPars
function (usr, log = FALSE, nintLog = 5) 
{
    .Call(C_R_GAxisPars, usr, log, nintLog)
}
#@ closure exported .clipPath
function (fun, rule) 
{
    attr(fun, "rule") <- .ruleIndex(rule)
    fun
}
#@ closure exported .defineGroup
function (source, op, destination) 
{
    .External(C_defineGroup, source, .opIndex(op), destination)
}
#@ closure exported .devUp
function () 
{
    .External(C_devUp)
}
#@ closure internal .geometry
function (width, height, units, res) 
{
    units <- match.arg(units, c("in", "px", "cm", "mm"))
    if (units != "px" && is.na(res)) 
        stop("'res' must be specified unless 'units = \"px\"'")
    width <- switch(units, `in` = res, cm = res/2.54, mm = res/25.4, px = 1) * width
    height <- switch(units, `in` = res, cm = res/2.54, mm = res/25.4, px = 1) * height
    list(width = width, height = height)
}
#@ value internal .hcl_colors_parameters list
#@ closure internal .ifelse
function (test, yes, no) 
{
    test.w <- which(test)
    no[test.w] <- yes[test.w]
    no
}
#@ closure exported .linearGradientPattern
function (colours = c("black", "white"), stops = seq(0, 1, length.out = length(colours)), x1 = 0, y1 = 0, x2 = 1, y2 = 1, extend = "pad") 
{
    nstops <- max(length(colours), length(stops))
    colours <- rep(colours, length.out = nstops)
    stops <- rep(stops, length.out = nstops)
    extend <- match(extend, extendOptions)
    if (is.na(extend)) 
        stop("Invalid 'extend' value")
    RGBA <- col2rgb(colours, alpha = TRUE)
    colours <- rgb(t(RGBA[1:3, ]), alpha = RGBA[4, ], maxColorValue = 255)
    pattern("LinearGradient", x1 = as.numeric(x1), y1 = as.numeric(y1), x2 = as.numeric(x2), y2 = as.numeric(y2), stops = as.numeric(stops), colours = colours, extend = as.integer(extend))
}
#@ closure exported .mask
function (fun, type) 
{
    attr(fun, "type") <- .typeIndex(type)
    fun
}
#@ value internal .noGenerics logical
#@ closure internal .onLoad
function (libname, pkgname) 
{
    if (.Platform$OS.type != "windows" && !.Call(C_cairoProps, 2L)) 
        X11.options(type = "Xlib")
    extras <- if (.Platform$OS.type == "windows") 
        list(windowsTimeouts = c(100L, 500L))
    else list(bitmapType = if (capabilities("aqua")) "quartz" else if (.Call(C_cairoProps, 2L)) "cairo" else "Xlib")
    op.grDevices <- c(list(locatorBell = TRUE, device.ask.default = FALSE), extras, list(device = .select_device()))
    toset <- !(names(op.grDevices) %in% names(.Options))
    if (any(toset)) 
        options(op.grDevices[toset])
}
#@ closure internal .onUnload
function (libpath) 
library.dynam.unload("grDevices", libpath)
#@ closure exported .opIndex
function (x) 
{
    op <- match(x, compositingOperators)
    if (is.na(op)) 
        stop("Invalid compositing operator")
    as.integer(op)
}
#@ value internal .packageName character
#@ value internal .palette_colors_hex list
#@ value internal .ps.prolog character
#@ value internal .ps.prolog.srgb character
#@ value internal .PSenv environment
#@ value internal .Quartzenv environment
#@ closure exported .radialGradientPattern
function (colours = c("black", "white"), stops = seq(0, 1, length.out = length(colours)), cx1 = 0, cy1 = 0, r1 = 0, cx2 = 1, cy2 = 1, r2 = 0.5, extend = "pad") 
{
    nstops <- max(length(colours), length(stops))
    colours <- rep(colours, length.out = nstops)
    stops <- rep(stops, length.out = nstops)
    extend <- match(extend, extendOptions)
    if (is.na(extend)) 
        stop("Invalid 'extend' value")
    RGBA <- col2rgb(colours, alpha = TRUE)
    colours <- rgb(t(RGBA[1:3, ]), alpha = RGBA[4, ], maxColorValue = 255)
    pattern("RadialGradient", cx1 = as.numeric(cx1), cy1 = as.numeric(cy1), r1 = as.numeric(r1), cx2 = as.numeric(cx2), cy2 = as.numeric(cy2), r2 = as.numeric(r2), stops = as.numeric(stops), colours = colours, extend = as.integer(extend))
}
#@ closure exported .ruleIndex
function (x) 
{
    rule <- match(x, fillRules)
    if (is.na(rule)) 
        stop("Invalid fill rule")
    as.integer(rule)
}
#@ closure internal .select_device
function () 
{
    if (!nzchar(defdev <- Sys.getenv("R_DEFAULT_DEVICE"))) 
        defdev <- pdf
    if (interactive()) {
        if (nzchar(intdev <- Sys.getenv("R_INTERACTIVE_DEVICE"))) 
            intdev
        else {
            if (.Platform$OS.type == "windows") 
                windows
            else {
                if (.Platform$GUI == "AQUA" || .Call(C_makeQuartzDefault)) 
                  quartz
                else if (nzchar(Sys.getenv("DISPLAY")) && .Platform$GUI %in% c("X11", "Tk")) 
                  X11
                else defdev
            }
        }
    }
    else defdev
}
#@ closure exported .setClipPath
function (path, index) 
{
    .External(C_setClipPath, path, index)
}
#@ closure exported .setMask
function (mask, ref) 
{
    .External(C_setMask, mask, ref)
}
#@ closure exported .setPattern
function (pattern) 
{
    .External(C_setPattern, pattern)
}
#@ closure internal .smoothScatterCalcDensity
function (x, nbin, bandwidth, range.x) 
{
    if (length(nbin) == 1) 
        nbin <- c(nbin, nbin)
    if (!is.numeric(nbin) || length(nbin) != 2) 
        stop("'nbin' must be numeric of length 1 or 2")
    if (missing(bandwidth)) {
        bandwidth <- diff(apply(x, 2, stats::quantile, probs = c(0.05, 0.95), na.rm = TRUE, names = FALSE))/25
        bandwidth[bandwidth == 0] <- 1
    }
    else {
        if (!is.numeric(bandwidth)) 
            stop("'bandwidth' must be numeric")
        if (any(bandwidth <= 0)) 
            stop("'bandwidth' must be positive")
    }
    if (requireNamespace("KernSmooth", quietly = TRUE)) 
        rv <- KernSmooth::bkde2D(x, bandwidth = bandwidth, gridsize = nbin, range.x = range.x)
    else stop("Must have the ('Recommended') package \"KernSmooth\" installed")
    rv$bandwidth <- bandwidth
    rv
}
#@ closure exported .tilingPattern
function (fun, x, y, width, height, extend) 
{
    extend <- match(extend, extendOptions)
    if (is.na(extend)) 
        stop("Invalid 'extend' value")
    pattern("TilingPattern", f = fun, x = as.numeric(x), y = as.numeric(y), width = as.numeric(width), height = as.numeric(height), extend = as.integer(extend))
}
#@ closure internal .typeIndex
function (x) 
{
    type <- match(x, maskTypes)
    if (is.na(type)) 
        stop("Invalid mask type")
    as.integer(type)
}
#@ closure exported .useGroup
function (ref, trans) 
{
    .External(C_useGroup, ref, trans)
}
#@ value internal .X11env environment
#@ closure internal [.raster
function (x, i, j, drop, ...) 
{
    mdrop <- missing(drop)
    nA <- nargs() - (!mdrop)
    if (!mdrop && !isFALSE(drop)) 
        warning("'drop' is always implicitly FALSE in '[.raster'")
    m <- as.matrix(x)
    m <- if (missing(i)) {
        if (missing(j)) 
            m[, drop = FALSE]
        else m[, j, drop = FALSE]
    }
    else if (missing(j)) {
        if (nA == 2) 
            return(m[i])
        else if (nA == 3) 
            m[i, , drop = FALSE]
        else stop("invalid raster subsetting")
    }
    else m[i, j, drop = FALSE]
    as.raster(m)
}
#@ closure internal [<-.raster
function (x, i, j, value) 
{
    nA <- nargs()
    m <- as.matrix(x)
    if (missing(i)) {
        if (missing(j)) 
            m[] <- value
        else m[, j] <- value
    }
    else if (missing(j)) {
        if (nA == 3) 
            m[i] <- value
        else if (nA == 4) 
            m[i, ] <- value
        else stop("invalid raster subassignment")
    }
    else m[i, j] <- value
    as.raster(m)
}
#@ closure internal %^%
function (a, b) 
sign(a) * (abs(a)^b)
#@ value internal aa.cairo character
#@ closure exported adjustcolor
function (col, alpha.f = 1, red.f = 1, green.f = 1, blue.f = 1, offset = c(0, 0, 0, 0), transform = diag(c(red.f, green.f, blue.f, alpha.f))) 
{
    stopifnot(exprs = {
        length(offset)%%4L == 0L
        !is.null(d <- dim(transform))
        d == c(4L, 4L)
    })
    x <- col2rgb(col, alpha = TRUE)/255
    x[] <- pmax(0, pmin(1, transform %*% x + matrix(offset, nrow = 4L, ncol = ncol(x))))
    rgb(x[1L, ], x[2L, ], x[3L, ], x[4L, ])
}
#@ closure internal anyNA.raster
function (x, recursive = FALSE) 
anyNA(as.matrix(x))
#@ closure exported as.graphicsAnnot
function (x) 
if (is.language(x) || !is.object(x)) x else as.character(x)
#@ closure internal as.matrix.raster
function (x, ...) 
{
    dim <- dim(x)
    matrix(x, nrow = dim[1L], ncol = dim[2L], byrow = TRUE)
}
#@ closure exported as.raster
function (x, ...) 
UseMethod("as.raster")
#@ closure internal as.raster.array
function (x, max = 1, ...) 
{
    if (!is.numeric(x)) {
        if (is.raw(x)) {
            storage.mode(x) <- "integer"
            max <- 255L
        }
        else stop("a raster array must be numeric")
    }
    if (length(d <- dim(x)) != 3L) 
        stop("a raster array must have exactly 3 dimensions")
    r <- array(if (d[3L] == 3L) 
        rgb(t(x[, , 1L]), t(x[, , 2L]), t(x[, , 3L]), maxColorValue = max)
    else if (d[3L] == 4L) 
        rgb(t(x[, , 1L]), t(x[, , 2L]), t(x[, , 3L]), t(x[, , 4L]), maxColorValue = max)
    else stop("a raster array must have exactly 3 or 4 planes"), dim = d[1:2])
    class(r) <- "raster"
    r
}
#@ closure internal as.raster.character
function (x, max = 1, ...) 
as.raster(matrix(x, ...), max)
#@ closure internal as.raster.logical
function (x, max = 1, ...) 
as.raster(matrix(x, ...), max)
#@ closure internal as.raster.matrix
function (x, max = 1, ...) 
{
    if (is.character(x)) {
        r <- t(x)
    }
    else if (is.numeric(x) || is.logical(x)) {
        tx <- t(x)
        tx.na <- which(is.na(tx))
        if (length(tx.na)) 
            tx[tx.na] <- 0
        r <- rgb(tx, tx, tx, maxColorValue = max)
        if (length(tx.na)) 
            r[tx.na] <- NA
    }
    else if (is.raw(x)) {
        storage.mode(x) <- "integer"
        tx <- t(x)
        r <- rgb(tx, tx, tx, maxColorValue = 255L)
    }
    else stop("a raster matrix must be character, or numeric, or logical")
    dim(r) <- dim(x)
    class(r) <- "raster"
    r
}
#@ closure internal as.raster.numeric
function (x, max = 1, ...) 
as.raster(matrix(x, ...), max)
#@ closure internal as.raster.raster
function (x, ...) 
x
#@ closure internal as.raster.raw
function (x, max = 255L, ...) 
as.raster(matrix(x, ...), max = max)
#@ closure exported axisTicks
function (usr, log, axp = NULL, nint = 5) 
{
    if (is.null(axp)) 
        axp <- unlist(.axisPars(usr, log = log, nintLog = nint), use.names = FALSE)
    .Call(C_R_CreateAtVector, axp, if (log) 10^usr else usr, nint, log)
}
#@ closure exported bitmap
function (file, type = "png16m", height = 7, width = 7, res = 72, units = "in", pointsize, taa = NA, gaa = NA, ...) 
{
    if (missing(file)) 
        stop("'file' is missing with no default")
    if (!is.character(file) || length(file) != 1L || !nzchar(file)) 
        stop("'file' must be a non-empty character string")
    units <- match.arg(units, c("in", "px", "cm", "mm"))
    height <- switch(units, `in` = 1, cm = 1/2.54, mm = 1/25.4, px = 1/res) * height
    width <- switch(units, `in` = 1, cm = 1/2.54, mm = 1/25.4, px = 1/res) * width
    gsexe <- tools::find_gs_cmd()
    if (!nzchar(gsexe)) 
        stop("GhostScript was not found")
    check_gs_type(gsexe, type)
    if (missing(pointsize)) 
        pointsize <- 1.5 * min(width, height)
    extra <- ""
    if (!is.na(taa)) 
        extra <- paste0(" -dTextAlphaBits=", taa)
    if (!is.na(gaa)) 
        extra <- paste0(extra, " -dGraphicsAlphaBits=", gaa)
    cmd <- paste0("|", shQuote(gsexe), " -dNOPAUSE -dBATCH -q -sDEVICE=", type, " -r", res, " -dAutoRotatePages=/None", " -g", ceiling(res * width), "x", ceiling(res * height), extra, " -sOutputFile=", shQuote(file), " -")
    postscript(file = cmd, width = width, height = height, pointsize = pointsize, paper = "special", horizontal = FALSE, ...)
    invisible()
}
#@ value exported blues9 character
#@ closure exported bmp
function (filename = "Rplot%03d.bmp", width = 480, height = 480, units = "px", pointsize = 12, bg = "white", res = NA, ..., type = c("cairo", "Xlib", "quartz"), antialias) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    g <- .geometry(width, height, units, res)
    new <- list(...)
    type <- if (!missing(type)) 
        match.arg(type)
    else getOption("bitmapType")
    if (!missing(antialias)) 
        new$antialias <- match.arg(antialias, aa.cairo)
    d <- check.options(new, name.opt = ".X11.Options", envir = .X11env)
    antialias <- match(d$antialias, aa.cairo)
    if (type == "quartz") {
        if (capabilities("aqua")) {
            width <- g$width/ifelse(is.na(res), 72, res)
            height <- g$height/ifelse(is.na(res), 72, res)
            invisible(.External(C_Quartz, "bmp", path.expand(filename), width, height, pointsize, d$family, d$antialias != "none", "", bg, "white", if (is.na(res)) NULL else res))
        }
        else warning("type = \"quartz\" is unavailable. trying \"Xlib\"")
    }
    else if (type == "cairo") {
        if (capabilities("cairo")) {
            invisible(.External(C_devCairo, filename, 9L, g$width, g$height, pointsize, bg, res, antialias, 100L, d$family, 300, optionSymbolFont(d$symbolfamily)))
        }
        else warning("type = \"cairo\" is unavailable. trying \"Xlib\"")
    }
    else invisible(.External2(C_X11, paste0("bmp::", filename), g$width, g$height, pointsize, d$gamma, d$colortype, d$maxcubesize, bg, bg, d$fonts, res, 0L, 0L, "", 0, 0, d$family, optionSymbolFont(d$symbolfamily)))
}
#@ closure exported boxplot.stats
function (x, coef = 1.5, do.conf = TRUE, do.out = TRUE) 
{
    if (coef < 0) 
        stop("'coef' must not be negative")
    nna <- !is.na(x)
    n <- sum(nna)
    stats <- stats::fivenum(x, na.rm = TRUE)
    iqr <- diff(stats[c(2, 4)])
    if (coef == 0) 
        do.out <- FALSE
    else {
        out <- if (!is.na(iqr)) {
            x < (stats[2L] - coef * iqr) | x > (stats[4L] + coef * iqr)
        }
        else !is.finite(x)
        if (any(out[nna], na.rm = TRUE)) 
            stats[c(1, 5)] <- range(x[!out], na.rm = TRUE)
    }
    conf <- if (do.conf) 
        stats[3L] + c(-1.58, 1.58) * iqr/sqrt(n)
    list(stats = stats, n = n, conf = conf, out = if (do.out) x[out & nna] else numeric())
}
#@ value internal C_bmVersion list
#@ value internal C_cairoFT list
#@ value internal C_cairoProps list
#@ value internal C_cairoVersion list
#@ value internal C_chull list
#@ value internal C_CIDFontInUse list
#@ value internal C_col2rgb list
#@ value internal C_colors list
#@ value internal C_contourLines list
#@ value internal C_defineGroup list
#@ value internal C_devAskNewPage list
#@ value internal C_devCairo list
#@ value internal C_devcap list
#@ value internal C_devcapture list
#@ value internal C_devcontrol list
#@ value internal C_devcopy list
#@ value internal C_devcur list
#@ value internal C_devdisplaylist list
#@ value internal C_devholdflush list
#@ value internal C_devnext list
#@ value internal C_devoff list
#@ value internal C_devprev list
#@ value internal C_devset list
#@ value internal C_devsize list
#@ value internal C_devUp list
#@ value internal C_getGraphicsEvent list
#@ value internal C_getGraphicsEventEnv list
#@ value internal C_getSnapshot list
#@ value internal C_gray list
#@ value internal C_hcl list
#@ value internal C_hsv list
#@ value internal C_makeQuartzDefault list
#@ value internal C_palette list
#@ value internal C_palette2 list
#@ value internal C_pangoVersion list
#@ value internal C_PDF list
#@ value internal C_PicTeX list
#@ value internal C_playSnapshot list
#@ value internal C_PostScript list
#@ value internal C_Quartz list
#@ value internal C_R_CreateAtVector list
#@ value internal C_R_GAxisPars list
#@ value internal C_rgb list
#@ value internal C_RGB2hsv list
#@ value internal C_savePlot list
#@ value internal C_setClipPath list
#@ value internal C_setGraphicsEventEnv list
#@ value internal C_setMask list
#@ value internal C_setPattern list
#@ value internal C_Type1FontInUse list
#@ value internal C_useGroup list
#@ value internal C_X11 list
#@ value internal C_XFig list
#@ closure internal c2to3
function (col) 
c(col[1L]/col[2L], 1, (1 - sum(col[1L:2L]))/col[2L])
#@ closure exported cairo_pdf
function (filename = if (onefile) "Rplots.pdf" else "Rplot%03d.pdf", width = 7, height = 7, pointsize = 12, onefile = FALSE, family = "sans", bg = "white", antialias = c("default", "none", "gray", "subpixel"), fallback_resolution = 300, symbolfamily) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    if (!capabilities("cairo")) 
        stop("cairo_pdf: Cairo-based devices are not available for this platform")
    antialiases <- eval(formals()$antialias)
    antialias <- match(match.arg(antialias, antialiases), antialiases)
    if (missing(symbolfamily)) 
        symbolfamily <- symbolfamilyDefault(family)
    invisible(.External(C_devCairo, filename, 6L, 72 * width, 72 * height, pointsize, bg, NA_integer_, antialias, onefile, family, fallback_resolution, checkSymbolFont(symbolfamily)))
}
#@ closure exported cairo_ps
function (filename = if (onefile) "Rplots.ps" else "Rplot%03d.ps", width = 7, height = 7, pointsize = 12, onefile = FALSE, family = "sans", bg = "white", antialias = c("default", "none", "gray", "subpixel"), fallback_resolution = 300, symbolfamily) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    if (!capabilities("cairo")) 
        stop("cairo_ps: Cairo-based devices are not available for this platform")
    antialiases <- eval(formals()$antialias)
    antialias <- match(match.arg(antialias, antialiases), antialiases)
    if (missing(symbolfamily)) 
        symbolfamily <- symbolfamilyDefault(family)
    invisible(.External(C_devCairo, filename, 7L, 72 * width, 72 * height, pointsize, bg, NA_integer_, antialias, onefile, family, fallback_resolution, checkSymbolFont(symbolfamily)))
}
#@ closure internal cairoFT
function () 
.Call(C_cairoFT)
#@ closure exported cairoSymbolFont
function (family, usePUA = TRUE) 
{
    font <- as.character(family)
    attr(font, "usePUA") <- as.logical(usePUA)
    class(font) <- "CairoSymbolFont"
    font
}
#@ closure internal cairoVersion
function () 
.Call(C_cairoVersion)
#@ closure internal check_gs_type
function (gsexe, type) 
{
    gshelp <- system(paste(gsexe, "-help"), intern = TRUE)
    st <- grep("^Available", gshelp)
    en <- grep("^Search", gshelp)
    if (!length(st) || !length(en)) 
        warning("unrecognized format of gs -help")
    else {
        gsdevs <- gshelp[(st + 1L):(en - 1L)]
        devs <- c(strsplit(gsdevs, " "), recursive = TRUE)
        if (match(type, devs, 0L) == 0L) {
            op <- options(warning.length = 8000L)
            on.exit(options(op))
            stop(gettextf("device '%s' is not available\n", type), gettextf("Available devices are:\n%s", paste(gsdevs, collapse = "\n")), domain = NA)
        }
    }
}
#@ closure exported check.options
function (new, name.opt, reset = FALSE, assign.opt = FALSE, envir = .GlobalEnv, check.attributes = c("mode", "length"), override.check = FALSE) 
{
    lnew <- length(new)
    if (lnew != length(newnames <- names(new))) 
        stop(gettextf("invalid arguments in '%s' (need named args)", deparse(sys.call(sys.parent()))), domain = NA)
    if (!is.character(name.opt)) 
        stop("'name.opt' must be character, name of an existing list")
    if (reset) {
        if (exists(name.opt, envir = envir, inherits = FALSE)) {
            if (length(utils::find(name.opt)) > 1) 
                rm(list = name.opt, envir = envir)
        }
        else stop(gettextf("cannot reset non-existent '%s'", name.opt), domain = NA)
    }
    old <- get(name.opt, envir = envir, inherits = FALSE)
    if (!is.list(old)) 
        stop(gettextf("invalid options in '%s'", name.opt), domain = NA)
    oldnames <- names(old)
    if (lnew > 0) {
        matches <- pmatch(newnames, oldnames)
        if (any(is.na(matches))) 
            stop(sprintf(ngettext(as.integer(sum(is.na(matches))), "invalid argument name %s in '%s'", "invalid argument names %s in '%s'"), paste(sQuote(newnames[is.na(matches)]), collapse = ", "), deparse(sys.call(sys.parent()))), domain = NA)
        else {
            i.match <- oldnames[matches]
            prev <- old[i.match]
            doubt <- rep.int(FALSE, length(prev))
            for (fn in check.attributes) if (any(ii <- sapply(prev, fn) != sapply(new, fn))) {
                ii <- ii & (names(prev) != "fonts")
                if (!any(ii)) 
                  next
                doubt <- doubt | ii
                do.keep <- ii & !override.check
                warning(paste(sQuote(paste0(fn, "(", names(prev[ii]), ")")), collapse = " and "), " ", ngettext(as.integer(sum(ii)), "differs between new and previous", "differ between new and previous"), if (any(do.keep)) {
                  paste0("\n\t ==> ", gettextf("NOT changing %s", paste(sQuote(names(prev[do.keep])), collapse = " & ")))
                }
                else "", domain = NA, call. = FALSE)
            }
            names(new) <- NULL
            if (any(doubt)) {
                ii <- !doubt | override.check
                old[i.match[ii]] <- new[ii]
            }
            else old[i.match] <- new
        }
        if (assign.opt) 
            assign(name.opt, old, envir = envir)
    }
    old
}
#@ closure internal checkFont
function (font) 
UseMethod("checkFont")
#@ closure internal checkFont.CIDFont
function (font) 
{
    if (!inherits(font, "CIDFont")) 
        stop("Not a CID font")
    if (is.null(font$family) || !is.character(font$family)) 
        stop("invalid family name in font specification")
    if (is.null(font$metrics) || !is.character(font$metrics) || length(font$metrics) < 4L) 
        stop("invalid metric information in font specification")
    if (length(font$metrics) == 4L) 
        font$metrics <- c(font$metrics, "Symbol.afm")
    if (is.null(font$cmap) || !is.character(font$cmap)) 
        stop("invalid CMap name in font specification")
    if (is.null(font$cmapEncoding) || !is.character(font$cmapEncoding)) 
        stop("invalid 'cmapEncoding' in font specification")
    if (is.null(font$pdfresource) || !is.character(font$pdfresource)) 
        stop("invalid PDF resource in font specification")
    font
}
#@ closure internal checkFont.default
function (font) 
stop("Invalid font type")
#@ closure internal checkFont.Type1Font
function (font) 
{
    if (is.null(font$family) || !is.character(font$family)) 
        stop("invalid family name in font specification")
    if (is.null(font$metrics) || !is.character(font$metrics) || length(font$metrics) < 4L) 
        stop("invalid metric information in font specification")
    if (length(font$metrics) == 4L) 
        font$metrics <- c(font$metrics, "Symbol.afm")
    if (is.null(font$encoding) || !is.character(font$encoding)) 
        stop("invalid encoding in font specification")
    font
}
#@ closure internal checkFontInUse
function (names, fontDBname) 
{
    for (i in names) if (.Call(C_Type1FontInUse, i, isPDF(fontDBname)) || .Call(C_CIDFontInUse, i, isPDF(fontDBname))) 
        stop(gettextf("font %s already in use", i), domain = NA)
    invisible()
}
#@ closure internal checkIntFormat
function (s) 
{
    s <- gsub("%%", "", s, fixed = TRUE)
    if (length(grep("%", s)) == 0L) 
        return(TRUE)
    s <- sub("%[#0 ,+-]*[0-9.]*[diouxX]", "", s)
    length(grep("%", s, fixed = TRUE)) == 0L
}
#@ closure internal checkQuartzFont
function (font) 
{
    if (!is.character(font) || length(font) != 4) 
        stop("invalid Quartz font:  must be 4 strings")
    font
}
#@ closure internal checkSymbolFont
function (x) 
{
    if (inherits(x, "CairoSymbolFont")) {
        x
    }
    else {
        cairoSymbolFont(x)
    }
}
#@ closure internal checkX11Font
function (font) 
{
    if (!is.character(font)) 
        X11FontError("must be a string")
    if (length(grep("(-[^-]+){14}", font)) > 0) {
        font <- sub("((-[^-]+){2})(-[^-]+){2}((-[^-]+){2})(-[^-]+)((-[^-]+){7})", "\\1-%s-%s\\4-%d\\7", font, perl = TRUE)
    }
    else {
        X11FontError("incorrect format")
    }
    font
}
#@ closure internal chromaticAdaptation
function (xyz, from, to) 
{
    Ma <- matrix(c(0.40024, -0.2263, 0, 0.7076, 1.16532, 0, -0.08081, 0.0457, 0.91822), nrow = 3L, byrow = TRUE)
    from.cone <- drop(from %*% Ma)
    to.cone <- drop(to %*% Ma)
    M <- (Ma * rep(to.cone/from.cone, each = 3)) %*% solve(Ma)
    xyz %*% M
}
#@ closure exported chull
function (x, y = NULL) 
{
    X <- xy.coords(x, y, recycle = TRUE, setLab = FALSE)
    x <- cbind(X$x, X$y)
    if (any(!is.finite(x))) 
        stop("finite coordinates are needed")
    if (nrow(x) == 0) 
        return(integer())
    if (nrow(x) == 1) 
        return(1L)
    res <- .Call(C_chull, x)
    if (length(res) < 2L) 
        return(res)
    xx <- sweep(x[res, ], 2L, colMeans(x[res, ]))
    angs <- atan2(xx[, 2L], -xx[, 1L])
    res[order(angs)]
}
#@ closure exported CIDFont
function (family, cmap, cmapEncoding, pdfresource = "") 
{
    font <- list(family = family, metrics = c("", "", "", ""), cmap = cmap, cmapEncoding = cmapEncoding, pdfresource = pdfresource)
    class(font) <- "CIDFont"
    checkFont(font)
}
#@ closure exported cm
function (x) 
2.54 * x
#@ closure exported cm.colors
function (n, alpha, rev = FALSE) 
{
    if ((n <- as.integer(n[1L])) > 0L) {
        even.n <- n%%2L == 0L
        k <- n%/%2L
        l1 <- k + 1L - even.n
        l2 <- n - k + even.n
        cols <- c(if (l1 > 0L) hsv(h = 6/12, s = seq.int(0.5, if (even.n) 0.5/k else 0, length.out = l1), v = 1, alpha = alpha), if (l2 > 1) hsv(h = 10/12, s = seq.int(0, 0.5, length.out = l2)[-1L], v = 1, alpha = alpha))
        if (rev) 
            rev(cols)
        else cols
    }
    else character()
}
#@ closure exported col2rgb
function (col, alpha = FALSE) 
{
    if (any(as.character(col) %in% "0")) 
        stop("numerical color values must be positive", domain = NA)
    if (is.factor(col)) 
        col <- as.character(col)
    .Call(C_col2rgb, col, alpha)
}
#@ closure exported colorConverter
function (toXYZ, fromXYZ, name, white = NULL, vectorized = FALSE) 
{
    stopifnot(isTRUE(as.logical(vectorized) %in% c(TRUE, FALSE)))
    toXYZv <- if (!vectorized) 
        vectorizeConverter(toXYZ)
    else toXYZ
    fromXYZv <- if (!vectorized) 
        vectorizeConverter(fromXYZ)
    else fromXYZ
    rval <- list(toXYZ = toXYZv, fromXYZ = fromXYZv, name = name, white = white, reference.white = white)
    class(rval) <- "colorConverter"
    rval
}
#@ closure exported colorRamp
function (colors, bias = 1, space = c("rgb", "Lab"), interpolate = c("linear", "spline"), alpha = FALSE) 
{
    if (bias <= 0) 
        stop("'bias' must be positive")
    if (!missing(space) && alpha) 
        stop("'alpha' must be false if 'space' is specified")
    colors <- t(col2rgb(colors, alpha = alpha)/255)
    space <- match.arg(space)
    interpolate <- match.arg(interpolate)
    if (space == "Lab") 
        colors <- convertColor(colors, from = "sRGB", to = "Lab")
    interpolate <- switch(interpolate, linear = stats::approxfun, spline = stats::splinefun)
    if ((nc <- nrow(colors)) == 1L) {
        colors <- colors[c(1L, 1L), ]
        nc <- 2L
    }
    x <- seq.int(0, 1, length.out = nc)^bias
    palette <- c(interpolate(x, colors[, 1L]), interpolate(x, colors[, 2L]), interpolate(x, colors[, 3L]), if (alpha) interpolate(x, colors[, 4L]))
    roundcolor <- function(rgb) pmax(pmin(rgb, 1), 0)
    if (space == "Lab") 
        function(x) roundcolor(convertColor(cbind(palette[[1L]](x), palette[[2L]](x), palette[[3L]](x), if (alpha) 
            palette[[4L]](x)), from = "Lab", to = "sRGB")) * 255
    else function(x) roundcolor(cbind(palette[[1L]](x), palette[[2L]](x), palette[[3L]](x), if (alpha) 
        palette[[4L]](x))) * 255
}
#@ closure exported colorRampPalette
function (colors, ...) 
{
    ramp <- colorRamp(colors, ...)
    function(n) {
        x <- ramp(seq.int(0, 1, length.out = n))
        if (ncol(x) == 4L) 
            rgb(x[, 1L], x[, 2L], x[, 3L], x[, 4L], maxColorValue = 255)
        else rgb(x[, 1L], x[, 2L], x[, 3L], maxColorValue = 255)
    }
}
#@ closure exported colors
function (distinct = FALSE) 
{
    c <- .Call(C_colors)
    if (distinct) 
        c[!duplicated(t(col2rgb(c)))]
    else c
}
#@ value exported colorspaces list
#@ closure exported colours
function (distinct = FALSE) 
{
    c <- .Call(C_colors)
    if (distinct) 
        c[!duplicated(t(col2rgb(c)))]
    else c
}
#@ closure internal comparePangoVersion
function (a, b) 
{
    a <- as.integer(strsplit(a, "[.]")[[1L]])
    b <- as.integer(strsplit(b, "[.]")[[1L]])
    for (k in seq_along(a)) {
        if (k <= length(b)) {
            if (a[k] > b[k]) 
                return(1)
            else if (a[k] < b[k]) 
                return(-1L)
        }
        else {
            return(1L)
        }
    }
    if (length(b) > length(a)) 
        return(-1L)
    else return(0L)
}
#@ value internal compositingOperators character
#@ closure exported contourLines
function (x = seq(0, 1, length.out = nrow(z)), y = seq(0, 1, length.out = ncol(z)), z, nlevels = 10, levels = pretty(range(z, na.rm = TRUE), nlevels)) 
{
    if (missing(z)) {
        if (!missing(x)) {
            if (is.list(x)) {
                z <- x$z
                y <- x$y
                x <- x$x
            }
            else {
                z <- x
                x <- seq.int(0, 1, length.out = nrow(z))
            }
        }
        else stop("no 'z' matrix specified")
    }
    else if (is.list(x)) {
        y <- x$y
        x <- x$x
    }
    if (any(diff(x) <= 0) || any(diff(y) <= 0)) 
        stop("increasing 'x' and 'y' values expected")
    if (!is.matrix(z) || nrow(z) <= 1 || ncol(z) <= 1) 
        stop("no proper 'z' matrix specified")
    if (1 * length(x) * length(y) != length(z)) 
        stop("dimensions of 'x', 'y' and 'z' do not match")
    .External2(C_contourLines, x, y, z, levels)
}
#@ closure exported convertColor
function (color, from, to, from.ref.white = NULL, to.ref.white = NULL, scale.in = 1, scale.out = 1, clip = TRUE) 
{
    if (is.data.frame(color)) {
        color <- as.matrix(color)
    }
    if (is.character(from)) 
        from <- colorspaces[[match.arg(from, names(colorspaces))]]
    if (!inherits(from, "colorConverter")) 
        stop("'from' must be a \"colorConverter\" object or a string")
    if (is.character(to)) 
        to <- colorspaces[[match.arg(to, names(colorspaces))]]
    if (!inherits(to, "colorConverter")) 
        stop("'to' must be a \"colorConverter\" object or a string")
    if (is.null(from.ref.white)) 
        from.ref.white <- from$reference.white
    else if (!is.null(from$reference.white) && from.ref.white != from$reference.white) 
        stop(gettextf("'from.ref.white' disagrees with definition of %s", from$name), domain = NA)
    if (is.null(to.ref.white)) 
        to.ref.white <- to$reference.white
    else if (!is.null(to$reference.white) && to.ref.white != to$reference.white) 
        stop(gettextf("'to.ref.white' disagrees with definition of %s", to$name), domain = NA)
    if (is.null(to.ref.white) && is.null(from.ref.white)) 
        to.ref.white <- from.ref.white <- "D65"
    if (is.null(to.ref.white)) 
        to.ref.white <- from.ref.white
    if (is.null(from.ref.white)) 
        from.ref.white <- to.ref.white
    from.ref.white <- c2to3(white.points[, from.ref.white])
    to.ref.white <- c2to3(white.points[, to.ref.white])
    if (is.null(nrow(color))) 
        color <- matrix(color, nrow = 1L)
    if (!is.null(scale.in)) 
        color <- color/scale.in
    trim <- function(rgb) {
        rgb <- round(rgb, 5)
        if (is.na(clip)) 
            rgb[rgb < 0 | rgb > 1] <- NaN
        else if (clip) {
            rgb[rgb < 0] <- 0
            rgb[rgb > 1] <- 1
        }
        rgb
    }
    xyz <- from$toXYZ(color, from.ref.white)
    if (is.null(nrow(xyz))) 
        xyz <- matrix(xyz, nrow = 1L)
    if (!isTRUE(all.equal(from.ref.white, to.ref.white))) {
        mc <- match.call()
        if (is.null(mc$from.ref.white) || is.null(mc$to.ref.white)) {
            warning("color spaces use different reference whites")
        }
        xyz <- chromaticAdaptation(xyz, from.ref.white, to.ref.white)
    }
    rval <- to$fromXYZ(xyz, to.ref.white)
    if (is.null(nrow(rval))) 
        rval <- t(rval)
    if (inherits(to, "RGBcolorConverter")) 
        rval <- trim(rval)
    if (is.null(scale.out)) 
        rval
    else rval * scale.out
}
#@ closure exported densCols
function (x, y = NULL, nbin = 128, bandwidth, colramp = colorRampPalette(blues9[-(1:3)])) 
{
    xy <- xy.coords(x, y, setLab = FALSE)
    select <- is.finite(xy$x) & is.finite(xy$y)
    x <- cbind(xy$x, xy$y)[select, ]
    map <- .smoothScatterCalcDensity(x, nbin, bandwidth)
    mkBreaks <- function(u) u - diff(range(u))/(length(u) - 1)/2
    xbin <- cut(x[, 1], mkBreaks(map$x1), labels = FALSE)
    ybin <- cut(x[, 2], mkBreaks(map$x2), labels = FALSE)
    dens <- map$fhat[cbind(xbin, ybin)]
    dens[is.na(dens)] <- 0
    colpal <- cut(dens, length(dens), labels = FALSE)
    cols <- rep(NA_character_, length(select))
    cols[select] <- colramp(length(dens))[colpal]
    cols
}
#@ closure exported dev.capabilities
function (what = NULL) 
{
    ncap <- 12
    template <- vector("list", ncap)
    capabilities <- .External(C_devcap, template)
    if (!(is.list(capabilities) && length(capabilities) == ncap && all(sapply(capabilities, class) == "integer"))) 
        stop("Invalid capabilities - alert the device maintainer")
    z <- vector("list", ncap)
    names(z) <- c("semiTransparency", "transparentBackground", "rasterImage", "capture", "locator", "events", "patterns", "clippingPaths", "masks", "compositing", "transformations", "paths")
    z[[1L]] <- c(NA, FALSE, TRUE)[capabilities[[1L]] + 1L]
    z[[2L]] <- c(NA, "no", "fully", "semi")[capabilities[[2L]] + 1L]
    z[[3L]] <- c(NA, "no", "yes", "non-missing")[capabilities[[3L]] + 1L]
    z[[4L]] <- c(NA, FALSE, TRUE)[capabilities[[4L]] + 1L]
    z[[5L]] <- c(NA, FALSE, TRUE)[capabilities[[5L]] + 1L]
    z[[6L]] <- c("", if (capabilities[[6L]][1L]) "MouseDown", if (capabilities[[6L]][2L]) "MouseMove", if (capabilities[[6L]][3L]) "MouseUp", if (capabilities[[6L]][4L]) "Keybd")[-1L]
    if (length(capabilities[[7]]) == 1 && is.na(capabilities[[7]])) {
        z[[7]] <- NA
    }
    else if (length(capabilities[[7]]) == 1 && capabilities[[7]] < 1) {
        z[[7]] <- FALSE
    }
    else if (length(capabilities[[7]]) > 0) {
        z[[7]] <- patternTypes[capabilities[[7]]]
    }
    else {
        z[[7]] <- NA
    }
    if (is.na(capabilities[[8]])) 
        z[[8]] <- NA
    else z[[8]] <- as.logical(capabilities[[8]])
    if (length(capabilities[[9]]) == 1 && is.na(capabilities[[9]])) {
        z[[9]] <- NA
    }
    else if (length(capabilities[[9]]) == 1 && capabilities[[9]] < 1) {
        z[[9]] <- FALSE
    }
    else if (length(capabilities[[9]]) > 0) {
        z[[9]] <- maskTypes[capabilities[[9]]]
    }
    else {
        z[[9]] <- NA
    }
    if (length(capabilities[[10]]) == 1 && is.na(capabilities[[10]])) {
        z[[10]] <- NA
    }
    else if (length(capabilities[[10]]) == 1 && capabilities[[10]] < 1) {
        z[[10]] <- FALSE
    }
    else if (length(capabilities[[10]]) > 0) {
        z[[10]] <- compositingOperators[capabilities[[10]]]
    }
    else {
        z[[10]] <- NA
    }
    if (is.na(capabilities[[11]])) 
        z[[11]] <- NA
    else z[[11]] <- as.logical(capabilities[[11]])
    if (is.na(capabilities[[12]])) 
        z[[12]] <- NA
    else z[[12]] <- as.logical(capabilities[[12]])
    if (!is.null(what)) 
        z[charmatch(what, names(z), 0L)]
    else z
}
#@ closure exported dev.capture
function (native = FALSE) 
.External(C_devcapture, native)
#@ closure exported dev.control
function (displaylist = c("inhibit", "enable")) 
{
    if (dev.cur() <= 1) 
        stop("dev.control() called without an open graphics device")
    if (!missing(displaylist)) {
        displaylist <- match.arg(displaylist)
        .External(C_devcontrol, displaylist == "enable")
    }
    else stop("argument is missing with no default")
    invisible()
}
#@ closure exported dev.copy
function (device, ..., which = dev.next()) 
{
    if (!missing(which) && !missing(device)) 
        stop("cannot supply 'which' and 'device' at the same time")
    old.device <- dev.cur()
    if (old.device == 1) 
        stop("cannot copy from the null device")
    if (missing(device)) {
        if (which == 1) 
            stop("cannot copy to the null device")
        else if (which == dev.cur()) 
            stop("cannot copy device to itself")
        dev.set(which)
    }
    else {
        if (!is.function(device)) 
            stop("'device' should be a function")
        else device(...)
    }
    on.exit(dev.set(old.device))
    .External(C_devcopy, old.device)
    on.exit()
    dev.cur()
}
#@ closure exported dev.copy2eps
function (...) 
{
    current.device <- dev.cur()
    nm <- names(current.device)[1L]
    if (nm == "null device") 
        stop("no device to print from")
    if (!dev.displaylist()) 
        stop("can only print from a screen device")
    oc <- match.call()
    oc[[1L]] <- quote(grDevices::dev.copy)
    oc$device <- postscript
    oc$onefile <- FALSE
    oc$horizontal <- FALSE
    if (is.null(oc$paper)) 
        oc$paper <- "special"
    din <- dev.size("in")
    w <- din[1L]
    h <- din[2L]
    if (is.null(oc$width)) 
        oc$width <- if (!is.null(oc$height)) 
            w/h * eval.parent(oc$height)
        else w
    if (is.null(oc$height)) 
        oc$height <- if (!is.null(oc$width)) 
            h/w * eval.parent(oc$width)
        else h
    if (is.null(oc$file)) 
        oc$file <- "Rplot.eps"
    on.exit(dev.set(current.device))
    dev.off(eval.parent(oc))
}
#@ closure exported dev.copy2pdf
function (..., out.type = "pdf") 
{
    out.type <- match.arg(out.type, c("pdf", "quartz", "cairo"))
    current.device <- dev.cur()
    nm <- names(current.device)[1L]
    if (nm == "null device") 
        stop("no device to print from")
    if (!dev.displaylist()) 
        stop("can only print from a screen device")
    oc <- match.call()
    oc[[1L]] <- quote(grDevices::dev.copy)
    if (out.type == "quartz" && capabilities("aqua")) {
        oc$device <- quartz
        oc$type <- "pdf"
    }
    else if (out.type == "cairo" && capabilities("cairo")) {
        oc$device <- cairo_pdf
        oc$onefile <- FALSE
    }
    else {
        oc$device <- pdf
        oc$onefile <- FALSE
        if (is.null(oc$paper)) 
            oc$paper <- "special"
    }
    oc$out.type <- NULL
    din <- dev.size("in")
    w <- din[1L]
    h <- din[2L]
    if (is.null(oc$width)) 
        oc$width <- if (!is.null(oc$height)) 
            w/h * eval.parent(oc$height)
        else w
    if (is.null(oc$height)) 
        oc$height <- if (!is.null(oc$width)) 
            h/w * eval.parent(oc$width)
        else h
    if (is.null(oc$file)) 
        oc$file <- "Rplot.pdf"
    on.exit(dev.set(current.device))
    dev.off(eval.parent(oc))
}
#@ closure exported dev.cur
function () 
{
    if (!exists(".Devices")) 
        .Devices <- list("null device")
    num.device <- .External(C_devcur)
    names(num.device) <- .Devices[[num.device]]
    num.device
}
#@ closure internal dev.displaylist
function () 
{
    if (dev.cur() <= 1) 
        stop("dev.displaylist() called without an open graphics device")
    .External(C_devdisplaylist)
}
#@ closure exported dev.flush
function (level = 1L) 
.External(C_devholdflush, -max(0L, level))
#@ closure exported dev.hold
function (level = 1L) 
.External(C_devholdflush, max(0L, level))
#@ closure exported dev.interactive
function (orNone = FALSE) 
{
    if (!interactive()) 
        return(FALSE)
    .known_interactive_devices <- deviceIsInteractive()
    if (.Device %in% .known_interactive_devices) 
        return(TRUE)
    if (!(orNone && .Device == "null device")) 
        return(FALSE)
    newdev <- getOption("device")
    if (is.character(newdev)) 
        newdev %in% .known_interactive_devices
    else {
        if (.Platform$OS.type == "windows") 
            identical(newdev, windows)
        else identical(newdev, X11) || identical(newdev, quartz)
    }
}
#@ closure exported dev.list
function () 
{
    n <- if (exists(".Devices")) 
        get(".Devices")
    else list("null device")
    n <- unlist(n)
    i <- seq_along(n)[n != ""]
    names(i) <- n[i]
    i <- i[-1L]
    if (length(i) == 0L) 
        NULL
    else i
}
#@ closure exported dev.new
function (..., noRStudioGD = FALSE) 
{
    dev <- getOption("device")
    if (!is.character(dev) && !is.function(dev)) 
        stop("invalid setting for 'getOption(\"device\")'")
    if (noRStudioGD && is.character(dev) && dev == "RStudioGD") 
        dev <- .select_device()
    if (is.character(dev)) {
        dev <- if (exists(dev, .GlobalEnv)) 
            get(dev, .GlobalEnv)
        else if (exists(dev, asNamespace("grDevices"))) 
            get(dev, asNamespace("grDevices"))
        else stop(gettextf("device '%s' not found", dev), domain = NA)
    }
    a <- list(...)
    a2 <- names(formals(dev))
    a <- a[names(a) %in% a2]
    if (identical(dev, pdf)) {
        if (is.null(a[["file"]]) && file.exists("Rplots.pdf")) {
            fe <- file.exists(tmp <- paste0("Rplots", 1L:999, ".pdf"))
            if (all(fe)) 
                stop("no suitable unused file name for pdf()")
            message(gettextf("dev.new(): using pdf(file=\"%s\")", tmp[!fe][1L]), domain = NA)
            a$file <- tmp[!fe][1L]
        }
    }
    else if (identical(dev, postscript)) {
        if (is.null(a[["file"]]) && file.exists("Rplots.ps")) {
            fe <- file.exists(tmp <- paste0("Rplots", 1L:999, ".ps"))
            if (all(fe)) 
                stop("no suitable unused file name for postscript()")
            message(gettextf("dev.new(): using postscript(file=\"%s\")", tmp[!fe][1L]), domain = NA)
            a$file <- tmp[!fe][1L]
        }
    }
    else if (!is.null(a[["width"]]) && !is.null(a[["height"]]) && (identical(dev, png) || identical(dev, jpeg) || identical(dev, bmp) || identical(dev, tiff))) {
        if (is.null(a[["units"]]) && is.null(a[["res"]])) {
            a$units <- "in"
            a$res <- 72
        }
    }
    do.call(dev, a)
}
#@ closure exported dev.next
function (which = dev.cur()) 
{
    if (!exists(".Devices")) 
        .Devices <- list("null.device")
    num.device <- .External(C_devnext, as.integer(which))
    names(num.device) <- .Devices[[num.device]]
    num.device
}
#@ closure exported dev.off
function (which = dev.cur()) 
{
    if (which == 1) 
        stop("cannot shut down device 1 (the null device)")
    .External(C_devoff, as.integer(which))
    dev.cur()
}
#@ closure exported dev.prev
function (which = dev.cur()) 
{
    if (!exists(".Devices")) 
        .Devices <- list("null device")
    num.device <- .External(C_devprev, as.integer(which))
    names(num.device) <- .Devices[[num.device]]
    num.device
}
#@ closure exported dev.print
function (device = postscript, ...) 
{
    current.device <- dev.cur()
    nm <- names(current.device)[1L]
    if (nm == "null device") 
        stop("no device to print from")
    if (!dev.displaylist()) 
        stop("can only print from a screen device")
    oc <- match.call()
    oc[[1L]] <- quote(grDevices::dev.copy)
    oc$device <- device
    din <- graphics::par("din")
    w <- din[1L]
    h <- din[2L]
    if (missing(device)) {
        if (is.null(oc$file)) 
            oc$file <- ""
        hz0 <- oc$horizontal
        hz <- if (is.null(hz0)) 
            ps.options()$horizontal
        else eval.parent(hz0)
        paper <- oc$paper
        if (is.null(paper)) 
            paper <- ps.options()$paper
        if (paper == "default") 
            paper <- getOption("papersize")
        paper <- tolower(paper)
        switch(paper, a4 = {
            wp <- 8.27
            hp <- 11.69
        }, legal = {
            wp <- 8.5
            hp <- 14
        }, executive = {
            wp <- 7.25
            hp <- 10.5
        }, {
            wp <- 8.5
            hp <- 11
        })
        wp <- wp - 0.5
        hp <- hp - 0.5
        if (!hz && is.null(hz0) && h < wp && wp < w && w < hp) {
            hz <- TRUE
        }
        else if (hz && is.null(hz0) && w < wp && wp < h && h < hp) {
            hz <- FALSE
        }
        else {
            h0 <- if (hz) 
                wp
            else hp
            if (h > h0) {
                w <- w * h0/h
                h <- h0
            }
            w0 <- if (hz) 
                hp
            else wp
            if (w > w0) {
                h <- h * w0/w
                w <- w0
            }
        }
        if (is.null(oc$pointsize)) {
            pt <- ps.options()$pointsize
            oc$pointsize <- pt * w/din[1L]
        }
        if (is.null(hz0)) 
            oc$horizontal <- hz
        if (is.null(oc$width)) 
            oc$width <- w
        if (is.null(oc$height)) 
            oc$height <- h
    }
    else {
        devname <- deparse(substitute(device))
        if (devname %in% c("png", "jpeg", "bmp") && is.null(oc$width) && is.null(oc$height)) 
            warning("need to specify one of 'width' and 'height'")
        if (is.null(oc$width)) 
            oc$width <- if (!is.null(oc$height)) 
                w/h * eval.parent(oc$height)
            else w
        if (is.null(oc$height)) 
            oc$height <- if (!is.null(oc$width)) 
                h/w * eval.parent(oc$width)
            else h
    }
    on.exit(dev.set(current.device))
    dev.off(eval.parent(oc))
}
#@ closure exported dev.set
function (which = dev.next()) 
{
    which <- .External(C_devset, as.integer(which))
    names(which) <- .Devices[[which]]
    which
}
#@ closure exported dev.size
function (units = c("in", "cm", "px")) 
{
    units <- match.arg(units)
    size <- .External(C_devsize)
    if (units == "px") 
        size
    else size * graphics::par("cin")/graphics::par("cra") * if (units == "cm") 
        2.54
    else 1
}
#@ closure exported dev2bitmap
function (file, type = "png16m", height = 7, width = 7, res = 72, units = "in", pointsize, ..., method = c("postscript", "pdf"), taa = NA, gaa = NA) 
{
    if (missing(file)) 
        stop("'file' is missing with no default")
    if (!is.character(file) || length(file) != 1L || !nzchar(file)) 
        stop("'file' must be a non-empty character string")
    method <- match.arg(method)
    units <- match.arg(units, c("in", "px", "cm", "mm"))
    height <- switch(units, `in` = 1, cm = 1/2.54, mm = 1/25.4, px = 1/res) * height
    width <- switch(units, `in` = 1, cm = 1/2.54, mm = 1/25.4, px = 1/res) * width
    gsexe <- tools::find_gs_cmd()
    if (!nzchar(gsexe)) 
        stop("GhostScript was not found")
    check_gs_type(gsexe, type)
    if (missing(pointsize)) 
        pointsize <- 1.5 * min(width, height)
    tmp <- tempfile("Rbit")
    on.exit(unlink(tmp))
    din <- graphics::par("din")
    w <- din[1L]
    h <- din[2L]
    if (missing(width) && !missing(height)) 
        width <- w/h * height
    if (missing(height) && !missing(width)) 
        height <- h/w * width
    current.device <- dev.cur()
    if (method == "pdf") 
        dev.off(dev.copy(device = pdf, file = tmp, width = width, height = height, pointsize = pointsize, paper = "special", ...))
    else dev.off(dev.copy(device = postscript, file = tmp, width = width, height = height, pointsize = pointsize, paper = "special", horizontal = FALSE, ...))
    dev.set(current.device)
    extra <- ""
    if (!is.na(taa)) 
        extra <- paste0(" -dTextAlphaBits=", taa)
    if (!is.na(gaa)) 
        extra <- paste0(extra, " -dGraphicsAlphaBits=", gaa)
    cmd <- paste0(shQuote(gsexe), " -dNOPAUSE -dBATCH -q -sDEVICE=", type, " -r", res, " -dAutoRotatePages=/None", " -g", ceiling(res * width), "x", ceiling(res * height), extra, " -sOutputFile=", shQuote(file), " ", tmp)
    system(cmd)
    invisible()
}
#@ closure exported devAskNewPage
function (ask = NULL) 
.External2(C_devAskNewPage, ask)
#@ opaque exported deviceIsInteractive environment:other
#@ closure exported embedFonts
function (file, format, outfile = file, fontpaths = character(), options = character()) 
{
    if (!is.character(file) || length(file) != 1L || !nzchar(file)) 
        stop("'file' must be a non-empty character string")
    gsexe <- tools::find_gs_cmd()
    if (!nzchar(gsexe)) 
        stop("GhostScript was not found")
    if (.Platform$OS.type == "windows") 
        gsexe <- shortPathName(gsexe)
    suffix <- gsub(".+[.]", "", file)
    if (missing(format)) 
        format <- switch(suffix, ps = , eps = "ps2write", pdf = "pdfwrite")
    if (!is.character(format)) 
        stop("invalid output format")
    check_gs_type(gsexe, format)
    tmpfile <- tempfile("Rembed")
    if (length(fontpaths)) 
        fontpaths <- paste0("-sFONTPATH=", shQuote(paste(fontpaths, collapse = .Platform$path.sep)))
    args <- c(paste0("-dNOPAUSE -dBATCH -q -dAutoRotatePages=/None -sDEVICE=", format), paste0(" -sOutputFile=", shQuote(tmpfile)), fontpaths, options, shQuote(file))
    ret <- system2(gsexe, args)
    if (ret != 0) 
        stop(gettextf("status %d in running command '%s'", ret, cmd), domain = NA)
    if (outfile != file) 
        args[2] <- paste0(" -sOutputFile=", shQuote(outfile))
    cmd <- paste(c(shQuote(gsexe), args), collapse = " ")
    file.copy(tmpfile, outfile, overwrite = TRUE)
    invisible(cmd)
}
#@ value internal extendOptions character
#@ closure exported extendrange
function (x, r = range(x, na.rm = TRUE), f = 0.05) 
{
    if (!missing(r) && length(r) != 2) 
        stop("'r' must be a \"range\", hence of length 2")
    f <- if (length(f) == 1L) 
        c(-f, f)
    else c(-f[1L], f[2L])
    r + f * diff(r)
}
#@ value internal fillRules character
#@ closure exported getGraphicsEvent
function (prompt = "Waiting for input", onMouseDown = NULL, onMouseMove = NULL, onMouseUp = NULL, onKeybd = NULL, onIdle = NULL, consolePrompt = prompt) 
{
    if (!interactive()) 
        return(NULL)
    if (!missing(prompt) || !missing(onMouseDown) || !missing(onMouseMove) || !missing(onMouseUp) || !missing(onKeybd) || !missing(onIdle)) {
        setGraphicsEventHandlers(prompt = prompt, onMouseDown = onMouseDown, onMouseMove = onMouseMove, onMouseUp = onMouseUp, onKeybd = onKeybd, onIdle = onIdle)
    }
    .External2(C_getGraphicsEvent, consolePrompt)
}
#@ closure exported getGraphicsEventEnv
function (which = dev.cur()) 
{
    which <- as.integer(which)
    stopifnot(length(which) == 1)
    .External2(C_getGraphicsEventEnv, which)
}
#@ closure exported graphics.off
function () 
{
    while ((which <- dev.cur()) != 1) dev.off(which)
    invisible()
}
#@ closure exported gray
function (level, alpha) 
.Call(C_gray, level, if (missing(alpha)) NULL else alpha)
#@ closure exported gray.colors
function (n, start = 0.3, end = 0.9, gamma = 2.2, alpha, rev = FALSE) 
{
    cols <- gray(seq.int(from = start^gamma, to = end^gamma, length.out = n)^(1/gamma), alpha)
    if (rev) 
        rev(cols)
    else cols
}
#@ closure exported grey
function (level, alpha) 
.Call(C_gray, level, if (missing(alpha)) NULL else alpha)
#@ closure exported grey.colors
function (n, start = 0.3, end = 0.9, gamma = 2.2, alpha, rev = FALSE) 
{
    cols <- gray(seq.int(from = start^gamma, to = end^gamma, length.out = n)^(1/gamma), alpha)
    if (rev) 
        rev(cols)
    else cols
}
#@ closure exported grSoftVersion
function () 
{
    bm <- .Call(C_bmVersion)
    if (nzchar(bm[3L])) 
        bm[3L] <- strsplit(bm[3L], "\n")[[1L]][1L]
    c(cairo = cairoVersion(), cairoFT = cairoFT(), pango = pangoVersion(), bm)
}
#@ closure internal guessEncoding
function (family) 
{
    if (!missing(family) && family %in% c("ComputerModern", "ComputerModernItalic")) {
        switch(family, ComputerModern = "TeXtext.enc", ComputerModernItalic = "TeXtext.enc")
    }
    else {
        switch(.Platform$OS.type, windows = {
            switch(utils::localeToCharset()[1L], `ISO8859-2` = "CP1250.enc", `ISO8859-7` = "CP1253.enc", `ISO8859-13` = "CP1257.enc", CP1251 = "CP1251.enc", "WinAnsi.enc")
        }, {
            lc <- utils::localeToCharset()
            if (length(lc) == 1L) switch(lc, `ISO8859-1` = "ISOLatin1.enc", `ISO8859-2` = "ISOLatin2.enc", `ISO8859-5` = "Cyrillic.enc", `ISO8859-7` = "Greek.enc", `ISO8859-13` = "ISOLatin7.enc", `ISO8859-15` = "ISOLatin9.enc", `KOI8-R` = "KOI8-R.enc", `KOI8-U` = "KOI8-U.enc", "ISOLatin1.enc") else if (lc[1L] == "UTF-8") switch(lc[2L], `ISO8859-1` = "ISOLatin1.enc", `ISO8859-2` = "ISOLatin2.enc", `ISO8859-5` = "Cyrillic.enc", `ISO8859-7` = "Greek.enc", `ISO8859-13` = "ISOLatin7.enc", "ISOLatin1.enc") else "ISOLatin1.enc"
        })
    }
}
#@ closure exported hcl
function (h = 0, c = 35, l = 85, alpha, fixup = TRUE) 
.Call(C_hcl, h, c, l, if (missing(alpha)) NULL else alpha, fixup)
#@ closure exported hcl.colors
function (n, palette = "viridis", alpha = NULL, rev = FALSE, fixup = TRUE) 
{
    n <- as.integer(n[1L])
    if (n < 1L) 
        return(character())
    fx <- function(x) tolower(gsub("[-, _, \\,, (, ), \\ , \\.]", "", x))
    p <- charmatch(fx(palette), fx(rownames(.hcl_colors_parameters)))
    if (is.na(p)) 
        stop("'palette' does not match any given palette")
    if (p < 1L) 
        stop("'palette' is ambiguous")
    p <- .hcl_colors_parameters[p, ]
    p.type <- as.character(p$type[1L])
    p <- unlist(p[1L, -1L, drop = TRUE])
    lintrj <- function(i, p1, p2) p2 - (p2 - p1) * i
    tritrj <- function(i, j, p1, p2, pm) ifelse(i <= j, p2 - (p2 - pm) * i/j, pm - (pm - p1) * abs((i - j)/(1 - j)))
    seqhcl <- function(i, h1, h2, c1, c2, l1, l2, p1, p2, cmax) {
        j <- 1/(1 + abs(cmax - c1)/abs(cmax - c2))
        if (!is.na(j) && (j <= 0 || 1 <= j)) 
            j <- NA
        hcl(h = lintrj(i, h1, h2), c = if (is.na(j)) 
            lintrj(i^p1, c1, c2)
        else tritrj(i^p1, j, c1, c2, cmax), l = lintrj(i^p2, l1, l2), alpha = alpha, fixup = fixup)
    }
    switch(p.type, qualitative = {
        if (is.na(p[["h2"]])) p[["h2"]] <- p[["h1"]] + 360 * (n - 1L)/n
        i <- seq.int(1, 0, length.out = n)
        col <- hcl(h = lintrj(i, p[["h1"]], p[["h2"]]), c = p[["c1"]], l = p[["l1"]], alpha = alpha, fixup = fixup)
    }, sequential = {
        if (is.na(p[["h2"]])) p[["h2"]] <- p[["h1"]]
        if (is.na(p[["c2"]])) p[["c2"]] <- 0
        if (is.na(p[["p2"]])) p[["p2"]] <- p[["p1"]]
        i <- seq.int(1, 0, length.out = n)
        col <- seqhcl(i, p[["h1"]], p[["h2"]], p[["c1"]], p[["c2"]], p[["l1"]], p[["l2"]], p[["p1"]], p[["p2"]], p[["cmax1"]])
    }, diverging = {
        if (is.na(p[["p2"]])) p[["p2"]] <- p[["p1"]]
        n2 <- ceiling(n/2)
        i <- seq.int(1, by = -2/(n - 1), length.out = n2)
        col <- c(seqhcl(i, p[["h1"]], p[["h1"]], p[["c1"]], 0, p[["l1"]], p[["l2"]], p[["p1"]], p[["p2"]], p[["cmax1"]]), rev(seqhcl(i, p[["h2"]], p[["h2"]], p[["c1"]], 0, p[["l1"]], p[["l2"]], p[["p1"]], p[["p2"]], p[["cmax1"]])))
        if (n%/%2 < n2) col <- col[-n2]
    }, divergingx = {
        if (is.na(p[["p2"]])) p[["p2"]] <- p[["p1"]]
        if (is.na(p[["p4"]])) p[["p4"]] <- p[["p2"]]
        n2 <- ceiling(n/2)
        i <- seq.int(1, by = -2/(n - 1), length.out = n2)
        col <- c(seqhcl(i, p[["h1"]], if (is.na(p[["h2"]])) p[["h1"]] else p[["h2"]], p[["c1"]], p[["c2"]], p[["l1"]], p[["l2"]], p[["p1"]], p[["p2"]], p[["cmax1"]]), rev(seqhcl(i, p[["h3"]], if (is.na(p[["h2"]])) p[["h3"]] else p[["h2"]], p[["c3"]], p[["c2"]], p[["l3"]], p[["l2"]], p[["p3"]], p[["p4"]], p[["cmax2"]])))
        if (n%/%2 < n2) col <- col[-n2]
    }, stop("wrong 'type'; should never happen, please report!"))
    if (rev) 
        rev(col)
    else col
}
#@ closure exported hcl.pals
function (type = NULL) 
{
    if (is.null(type)) 
        return(rownames(.hcl_colors_parameters))
    type <- match.arg(tolower(type), levels(.hcl_colors_parameters$type))
    rownames(.hcl_colors_parameters)[.hcl_colors_parameters$type == type]
}
#@ closure exported heat.colors
function (n, alpha, rev = FALSE) 
{
    if ((n <- as.integer(n[1L])) > 0) {
        j <- n%/%4
        i <- n - j
        cols <- c(rainbow(i, start = 0, end = 1/6, alpha = alpha), if (j > 0) hsv(h = 1/6, s = seq.int(from = 1 - 1/(2 * j), to = 1/(2 * j), length.out = j), v = 1, alpha = alpha))
        if (rev) 
            rev(cols)
        else cols
    }
    else character()
}
#@ value exported Hershey list
#@ closure exported hsv
function (h = 1, s = 1, v = 1, alpha) 
.Call(C_hsv, h, s, v, if (missing(alpha)) NULL else alpha)
#@ closure internal initPSandPDFfonts
function () 
{
    if (exists(".PostScript.Options", envir = .PSenv, inherits = FALSE)) 
        return()
    assign(".PostScript.Options", list(onefile = TRUE, family = "Helvetica", title = "R Graphics Output", fonts = NULL, encoding = "default", bg = "transparent", fg = "black", width = 0, height = 0, horizontal = TRUE, pointsize = 12, paper = "default", pagecentre = TRUE, print.it = FALSE, command = "default", colormodel = "srgb", useKerning = TRUE, fillOddEven = FALSE), envir = .PSenv)
    assign(".PostScript.Options.default", get(".PostScript.Options", envir = .PSenv), envir = .PSenv)
    assign(".PDF.Options", list(width = 7, height = 7, onefile = TRUE, family = "Helvetica", title = "R Graphics Output", fonts = NULL, version = "1.4", paper = "special", encoding = "default", bg = "transparent", fg = "black", pointsize = 12, pagecentre = TRUE, colormodel = "srgb", useDingbats = FALSE, useKerning = TRUE, fillOddEven = FALSE, compress = TRUE), envir = .PSenv)
    assign(".PDF.Options.default", get(".PDF.Options", envir = .PSenv), envir = .PSenv)
    postscriptFonts(serif = Type1Font("Times", c("Times-Roman.afm", "Times-Bold.afm", "Times-Italic.afm", "Times-BoldItalic.afm", "Symbol.afm")), sans = Type1Font("Helvetica", c("Helvetica.afm", "Helvetica-Bold.afm", "Helvetica-Oblique.afm", "Helvetica-BoldOblique.afm", "Symbol.afm")), mono = Type1Font("Courier", c("Courier.afm", "Courier-Bold.afm", "Courier-Oblique.afm", "Courier-BoldOblique.afm", "Symbol.afm")), AvantGarde = Type1Font("AvantGarde", c("agw_____.afm", "agd_____.afm", "agwo____.afm", 
        "agdo____.afm", "Symbol.afm")), Bookman = Type1Font("Bookman", c("bkl_____.afm", "bkd_____.afm", "bkli____.afm", "bkdi____.afm", "Symbol.afm")), Courier = Type1Font("Courier", c("Courier.afm", "Courier-Bold.afm", "Courier-Oblique.afm", "Courier-BoldOblique.afm", "Symbol.afm")), Helvetica = Type1Font("Helvetica", c("Helvetica.afm", "Helvetica-Bold.afm", "Helvetica-Oblique.afm", "Helvetica-BoldOblique.afm", "Symbol.afm")), `Helvetica-Narrow` = Type1Font("Helvetica-Narrow", c("hvn_____.afm", 
        "hvnb____.afm", "hvno____.afm", "hvnbo___.afm", "Symbol.afm")), NewCenturySchoolbook = Type1Font("NewCenturySchoolbook", c("ncr_____.afm", "ncb_____.afm", "nci_____.afm", "ncbi____.afm", "Symbol.afm")), Palatino = Type1Font("Palatino", c("por_____.afm", "pob_____.afm", "poi_____.afm", "pobi____.afm", "Symbol.afm")), Times = Type1Font("Times", c("Times-Roman.afm", "Times-Bold.afm", "Times-Italic.afm", "Times-BoldItalic.afm", "Symbol.afm")), URWGothic = Type1Font("URWGothic", c("a010013l.afm", 
        "a010015l.afm", "a010033l.afm", "a010035l.afm", "s050000l.afm")), URWBookman = Type1Font("URWBookman", c("b018012l.afm", "b018015l.afm", "b018032l.afm", "b018035l.afm", "s050000l.afm")), NimbusMon = Type1Font("NimbusMon", c("n022003l.afm", "n022004l.afm", "n022023l.afm", "n022024l.afm", "s050000l.afm")), NimbusSan = Type1Font("NimbusSan", c("n019003l.afm", "n019004l.afm", "n019023l.afm", "n019024l.afm", "s050000l.afm")), URWHelvetica = Type1Font("URWHelvetica", c("n019003l.afm", "n019004l.afm", 
        "n019023l.afm", "n019024l.afm", "s050000l.afm")), NimbusSanCond = Type1Font("NimbusSanCond", c("n019043l.afm", "n019044l.afm", "n019063l.afm", "n019064l.afm", "s050000l.afm")), CenturySch = Type1Font("CenturySch", c("c059013l.afm", "c059016l.afm", "c059033l.afm", "c059036l.afm", "s050000l.afm")), URWPalladio = Type1Font("URWPalladio", c("p052003l.afm", "p052004l.afm", "p052023l.afm", "p052024l.afm", "s050000l.afm")), NimbusRom = Type1Font("NimbusRom", c("n021003l.afm", "n021004l.afm", "n021023l.afm", 
        "n021024l.afm", "s050000l.afm")), URWTimes = Type1Font("URWTimes", c("n021003l.afm", "n021004l.afm", "n021023l.afm", "n021024l.afm", "s050000l.afm")), ArialMT = Type1Font("ArialMT", c("ArialMT.afm", "ArialMT-Bold.afm", "ArialMT-Italic.afm", "ArialMT-BoldItalic.afm", "Symbol.afm")))
    do.call("pdfFonts", postscriptFonts())
    postscriptFonts(ComputerModern = Type1Font("ComputerModern", c("CM_regular_10.afm", "CM_boldx_10.afm", "CM_italic_10.afm", "CM_boldx_italic_10.afm", "CM_symbol_10.afm"), encoding = "TeXtext.enc"), ComputerModernItalic = Type1Font("ComputerModernItalic", c("CM_regular_10.afm", "CM_boldx_10.afm", "cmti10.afm", "cmbxti10.afm", "CM_symbol_10.afm"), encoding = "TeXtext.enc"))
    postscriptFonts(Japan1 = CIDFont("HeiseiKakuGo-W5", "EUC-H", "EUC-JP"), Japan1HeiMin = CIDFont("HeiseiMin-W3", "EUC-H", "EUC-JP"), Japan1GothicBBB = CIDFont("GothicBBB-Medium", "EUC-H", "EUC-JP"), Japan1Ryumin = CIDFont("Ryumin-Light", "EUC-H", "EUC-JP"), Korea1 = CIDFont("Baekmuk-Batang", "KSCms-UHC-H", "CP949"), Korea1deb = CIDFont("Batang-Regular", "KSCms-UHC-H", "CP949"), CNS1 = CIDFont("MOESung-Regular", "B5pc-H", "CP950"), GB1 = CIDFont("BousungEG-Light-GB", "GBK-EUC-H", "GBK"))
    pdfFonts(Japan1 = CIDFont("KozMinPro-Regular-Acro", "EUC-H", "EUC-JP", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 740 /Ascent 1075 /Descent -272 /StemV 72", "  /FontBBox [-195 -272 1110 1075]", "  /ItalicAngle 0 /Flags 6 /XHeight 502", "  /Style << /Panose <000001000500000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(Japan1) /Supplement  2 >>", "/DW 1000", "/W [", "   1 632 500 ", "   8718 [500 500] ", "]\n", sep = "\n      ")), Japan1HeiMin = CIDFont("HeiseiMin-W3-Acro", 
        "EUC-H", "EUC-JP", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 709 /Ascent 723 /Descent -241 /StemV 69", "  /FontBBox [-123 -257 1001 910]", "  /ItalicAngle 0 /Flags 6 /XHeight 450", "  /Style << /Panose <000002020500000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(Japan1) /Supplement  2 >>", "/DW 1000", "/W [", "   1 632 500 ", "   8718 [500 500] ", "]\n", sep = "\n      ")), Japan1GothicBBB = CIDFont("GothicBBB-Medium", "EUC-H", "EUC-JP", 
        paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 737 /Ascent 752 /Descent -271 /StemV 99", "  /FontBBox [-22 -252 1000 892]", "  /ItalicAngle 0 /Flags 4", "  /Style << /Panose <0801020b0500000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(Japan1) /Supplement  2 >>", "/DW 1000", "/W [", "   1 632 500", "   8718 [500 500]", "]\n", sep = "\n      ")), Japan1Ryumin = CIDFont("Ryumin-Light", "EUC-H", "EUC-JP", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", 
        "  /CapHeight 709 /Ascent 723 /Descent -241 /StemV 69", "  /FontBBox [-54 -305 1000 903]", "  /ItalicAngle 0 /Flags 6", "  /Style << /Panose <010502020300000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(Japan1) /Supplement  2 >>", "/DW 1000", "/W [", "   1 632 500", "   8718 [500 500]", "]\n", sep = "\n      ")), Korea1 = CIDFont("HYSMyeongJoStd-Medium-Acro", "KSCms-UHC-H", "CP949", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 720 /Ascent 880 /Descent -148 /StemV 59", 
        "  /FontBBox [-28 -148 1001 880]", "  /ItalicAngle 0 /Flags 6 /XHeight 468", "  /Style << /Panose <000001000600000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(Korea1) /Supplement 1 >>", "/DW 1000", "/W [", "   1 94 500", "   97 [500] ", "   8094 8190 500", "]\n", sep = "\n      ")), Korea1deb = CIDFont("HYGothic-Medium-Acro", "KSCms-UHC-H", "CP949", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 737 /Ascent 752 /Descent -271 /StemV 58", "  /FontBBox [-6 -145 1003 880]", 
        "  /ItalicAngle 0 /Flags 4 /XHeight 553", "  /Style << /Panose <000001000600000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(Korea1) /Supplement 1 >>", "/DW 1000", "/W [", "   1 94 500", "   97 [500] ", "   8094 8190 500", "]\n", sep = "\n      ")), CNS1 = CIDFont("MSungStd-Light-Acro", "B5pc-H", "CP950", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 662 /Ascent 1071 /Descent -249 /StemV 66", "  /FontBBox [-160 -249 1015 1071]", "  /ItalicAngle 0 /Flags 6 /XHeight 400", 
        "  /Style << /Panose <000001000600000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(CNS1) /Supplement  0 >>", "/DW 1000", "/W [", "     1 33 500", "     34 [749 673 679 679 685 671 738 736 333 494 739 696 902 720 750 674 746 672 627 769 707 777 887 709 616]", "     60 65 500", "     66 [500 511 502 549 494 356 516 550 321 321 510 317 738 533 535 545 533 376 443 261 529 742 534 576 439]", "     92 95 500", "     13648 13742 500", "     17603 [500]", "]\n", sep = "\n      ")), 
        GB1 = CIDFont("STSong-Light-Acro", "GBK-EUC-H", "GBK", paste("/FontDescriptor", "<<", "  /Type /FontDescriptor", "  /CapHeight 626 /Ascent 905 /Descent -254 /StemV 48", "  /FontBBox [-134 -254 1001 905]", "  /ItalicAngle 0 /Flags 6 /XHeight 416", "  /Style << /Panose <000000000400000000000000> >>", ">>", "/CIDSystemInfo << /Registry(Adobe) /Ordering(GB1) /Supplement  2 >>", "/DW 1000", "/W [", "     1 95 500", "     814 939 500", "     7712 7716 500", "     22127 22357 500", "]\n", sep = "\n      ")))
}
#@ closure internal is.na.raster
function (x) 
is.na(as.matrix(x))
#@ closure exported is.raster
function (x) 
inherits(x, "raster")
#@ closure internal isPDF
function (fontDBname) 
{
    switch(fontDBname, .PostScript.Fonts = FALSE, .PDF.Fonts = TRUE, stop("Invalid font database name"))
}
#@ closure exported jpeg
function (filename = "Rplot%03d.jpeg", width = 480, height = 480, units = "px", pointsize = 12, quality = 75, bg = "white", res = NA, ..., type = c("cairo", "Xlib", "quartz"), antialias) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    g <- .geometry(width, height, units, res)
    new <- list(...)
    type <- if (!missing(type)) 
        match.arg(type)
    else getOption("bitmapType")
    if (!missing(antialias)) 
        new$antialias <- match.arg(antialias, aa.cairo)
    d <- check.options(new, name.opt = ".X11.Options", envir = .X11env)
    antialias <- match(d$antialias, aa.cairo)
    if (type == "quartz") {
        if (capabilities("aqua")) {
            width <- g$width/ifelse(is.na(res), 72, res)
            height <- g$height/ifelse(is.na(res), 72, res)
            invisible(.External(C_Quartz, "jpeg", path.expand(filename), width, height, pointsize, d$family, d$antialias != "none", "", bg, "white", if (is.na(res)) NULL else res))
        }
        else warning("type = \"quartz\" is unavailable. trying \"Xlib\"")
    }
    else if (type == "cairo") {
        if (capabilities("cairo")) {
            invisible(.External(C_devCairo, filename, 3L, g$width, g$height, pointsize, bg, res, antialias, quality, d$family, 300, optionSymbolFont(d$symbolfamily)))
        }
        else warning("type = \"cairo\" is unavailable. trying \"Xlib\"")
    }
    else invisible(.External2(C_X11, paste0("jpeg::", quality, ":", filename), g$width, g$height, pointsize, d$gamma, d$colortype, d$maxcubesize, bg, bg, d$fonts, res, 0L, 0L, "", 0, 0, d$family, optionSymbolFont(d$symbolfamily)))
}
#@ closure exported make.rgb
function (red, green, blue, name = NULL, white = "D65", gamma = 2.2) 
{
    whitexyz <- c2to3(white.points[, white])
    rgb <- rbind(c2to3(red), c2to3(green), c2to3(blue))
    S <- drop(whitexyz %*% solve(rgb))
    M <- S * rgb
    if (is.numeric(gamma) && length(gamma) == 1) {
        dogamma <- function(x) x %^% gamma
        ungamma <- function(x) x %^% (1/gamma)
    }
    else if (gamma == "sRGB") {
        dogamma <- function(x) .ifelse(x < 0.04045, x/12.92, ((x + 0.055)/1.055)^2.4)
        ungamma <- function(x) .ifelse(x <= 0.0031308, 12.92 * x, 1.055 * x %^% (1/2.4) - 0.055)
    }
    else stop("'gamma' must be a scalar or 'sRGB'")
    toXYZ <- function(rgb, ...) {
        dogamma(rgb) %*% M
    }
    toRGB <- function(xyz, ...) {
        res <- ungamma(xyz %*% solve(M))
        if (nrow(res) == 1L) 
            res[1L, , drop = TRUE]
        else res
    }
    if (is.null(name)) 
        name <- deparse(sys.call())[1L]
    RGBcolorConverter(toXYZ = toXYZ, fromXYZ = toRGB, gamma = gamma, white = white, name = name, vectorized = TRUE)
}
#@ value internal maskTypes character
#@ closure internal matchEncoding
function (font, encoding) 
UseMethod("matchEncoding")
#@ closure internal matchEncoding.CIDFont
function (font, encoding) 
TRUE
#@ closure internal matchEncoding.Type1Font
function (font, encoding) 
{
    font$encoding %in% c("default", encoding, paste0(encoding, ".enc"))
}
#@ closure internal matchFont
function (font, encoding) 
{
    if (is.null(font)) 
        stop("unknown font")
    if (!matchEncoding(font, encoding)) 
        stop(gettextf("font encoding mismatch '%s'/'%s'", font$encoding, encoding), domain = NA)
}
#@ closure exported n2mfrow
function (nr.plots, asp = 1) 
{
    nr.plots <- as.integer(nr.plots)
    if (asp == 1 && nr.plots <= 12L) {
        if (nr.plots <= 3L) 
            c(nr.plots, 1L)
        else if (nr.plots <= 6L) 
            c((nr.plots + 1L)%/%2L, 2L)
        else c((nr.plots + 2L)%/%3L, 3L)
    }
    else {
        rc <- c(nrow <- ceiling(sqrt(nr.plots/asp)), ceiling(nr.plots/nrow))
        do <- TRUE
        while (do && prod(rc) > nr.plots) {
            if (do <- prod(n <- rc - 0:1) >= nr.plots) 
                rc <- n
            else if (do <- prod(n <- rc - 1:0) >= nr.plots) 
                rc <- n
        }
        rc
    }
}
#@ closure exported nclass.FD
function (x, digits = 5) 
{
    h <- 2 * stats::IQR(x. <- signif(x, digits = digits))
    if (h == 0) {
        x. <- sort(x.)
        al <- 1/4
        al.min <- 1/512
        while (h == 0 && (al <- al/2) >= al.min) h <- diff(stats::quantile(x., c(al, 1 - al), names = FALSE))/(1 - 2 * al)
    }
    if (h == 0) 
        h <- 3.5 * sqrt(stats::var(x))
    if (h > 0) 
        ceiling(diff(range(x))/h * length(x)^(1/3))
    else 1L
}
#@ closure exported nclass.scott
function (x) 
{
    h <- 3.5 * sqrt(stats::var(x)) * length(x)^(-1/3)
    if (h > 0) 
        max(1, ceiling(diff(range(x))/h))
    else 1L
}
#@ closure exported nclass.Sturges
function (x) 
ceiling(log2(length(x)) + 1)
#@ closure internal Ops.raster
function (e1, e2) 
{
    if (.Generic %in% c("==", "!=")) {
        if (is.raster(e1)) 
            e1 <- as.matrix(e1)
        if (is.raster(e2)) 
            e2 <- as.matrix(e2)
        get(.Generic)(e1, e2)
    }
    else {
        stop("operator not meaningful for raster objects")
    }
}
#@ closure internal optionSymbolFont
function (family) 
{
    if (family == "default") {
        if (symbolType1support()) {
            cairoSymbolFont("symbol")
        }
        else {
            cairoSymbolFont("sans", usePUA = FALSE)
        }
    }
    else {
        checkSymbolFont(family)
    }
}
#@ closure exported palette
function (value) 
{
    if (missing(value)) 
        return(.Call(C_palette, character()))
    if (length(value) == 1L && value != "default") {
        n <- palette.match(value)
        if (!is.na(n)) 
            value <- .palette_colors_hex[[n]]
    }
    if (.Device == "null device") {
        invisible(.Call(C_palette, value))
    }
    else {
        invisible(.Call.graphics(C_palette, value))
    }
}
#@ closure exported palette.colors
function (n = NULL, palette = "Okabe-Ito", alpha, recycle = FALSE) 
{
    if (!is.null(n)) {
        n <- as.integer(n[1L])
        if (n < 1L) 
            return(character())
    }
    p <- palette.match(palette)
    if (is.na(p)) 
        stop("'palette' does not match any given palette")
    if (p < 1L) 
        stop("'palette' is ambiguous")
    nc <- length(cols <- .palette_colors_hex[[p]])
    if (is.null(n)) 
        n <- nc
    else if (n > nc) {
        if (recycle) {
            cols <- cols[rep_len(seq_len(nc), n)]
        }
        else {
            warning(sprintf("'n' set to %s, the maximum available for %s palette", nc, palette))
            n <- nc
        }
    }
    else if (n < nc) 
        cols <- cols[seq_len(n)]
    if (!(missing(alpha) || is.null(alpha))) {
        alpha <- format(as.hexmode(round(alpha * 255 + 1e-04)), width = 2L, upper.case = TRUE)
        cols <- paste0(cols, alpha)
    }
    cols
}
#@ closure internal palette.match
function (pal) 
{
    fx <- function(x) tolower(gsub("[-, _, \\,, (, ), \\ , \\.]", "", x))
    charmatch(fx(pal), fx(names(.palette_colors_hex)))
}
#@ closure exported palette.pals
function () 
names(.palette_colors_hex)
#@ closure internal pangoVersion
function () 
.Call(C_pangoVersion)
#@ closure internal pattern
function (type, ...) 
{
    type <- match(type, patternTypes)
    if (is.na(type)) 
        stop("Invalid pattern type")
    pattern <- c(list(type = as.integer(type)), list(...))
    class(pattern) <- c(type, "Pattern")
    pattern
}
#@ value internal patternTypes character
#@ closure exported pdf
function (file = if (onefile) "Rplots.pdf" else "Rplot%03d.pdf", width, height, onefile, family, title, fonts, version, paper, encoding, bg, fg, pointsize, pagecentre, colormodel, useDingbats, useKerning, fillOddEven, compress) 
{
    initPSandPDFfonts()
    new <- list()
    if (!missing(width)) 
        new$width <- width
    if (!missing(height)) 
        new$height <- height
    if (!missing(onefile)) 
        new$onefile <- onefile
    if (!missing(title)) 
        new$title <- title
    if (!missing(fonts)) 
        new$fonts <- fonts
    if (!missing(version)) 
        new$version <- version
    if (!missing(paper)) 
        new$paper <- paper
    if (!missing(encoding)) 
        new$encoding <- encoding
    if (!missing(bg)) 
        new$bg <- bg
    if (!missing(fg)) 
        new$fg <- fg
    if (!missing(pointsize)) 
        new$pointsize <- pointsize
    if (!missing(pagecentre)) 
        new$pagecentre <- pagecentre
    if (!missing(colormodel)) 
        new$colormodel <- colormodel
    if (!missing(useDingbats)) 
        new$useDingbats <- useDingbats
    if (!missing(useKerning)) 
        new$useKerning <- useKerning
    if (!missing(fillOddEven)) 
        new$fillOddEven <- fillOddEven
    if (!missing(compress)) 
        new$compress <- compress
    old <- check.options(new, name.opt = ".PDF.Options", envir = .PSenv)
    if (!missing(family) && (inherits(family, "Type1Font") || inherits(family, "CIDFont"))) {
        enc <- family$encoding
        if (inherits(family, "Type1Font") && !is.null(enc) && enc != "default" && (is.null(old$encoding) || old$encoding == "default")) 
            old$encoding <- enc
        family <- family$metrics
    }
    if (is.null(old$encoding) || old$encoding == "default") 
        old$encoding <- guessEncoding()
    if (!missing(family)) {
        if (length(family) == 4L) {
            family <- c(family, "Symbol.afm")
        }
        else if (length(family) == 5L) {
        }
        else if (length(family) == 1L) {
            pf <- pdfFonts(family)[[1L]]
            if (is.null(pf)) 
                stop(gettextf("unknown family '%s'", family), domain = NA)
            matchFont(pf, old$encoding)
        }
        else stop("invalid 'family' argument")
        old$family <- family
    }
    version <- old$version
    versions <- c("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.0")
    if (version %in% versions) 
        version <- as.integer(strsplit(version, "[.]")[[1L]])
    else stop("invalid PDF version")
    onefile <- old$onefile
    if (!checkIntFormat(file)) 
        stop(gettextf("invalid 'file' argument '%s'", file), domain = NA)
    .External(C_PDF, file, old$paper, old$family, old$encoding, old$bg, old$fg, old$width, old$height, old$pointsize, onefile, old$pagecentre, old$title, old$fonts, version[1L], version[2L], old$colormodel, old$useDingbats, old$useKerning, old$fillOddEven, old$compress)
    invisible()
}
#@ closure exported pdf.options
function (..., reset = FALSE) 
{
    initPSandPDFfonts()
    old <- get(".PDF.Options", envir = .PSenv)
    if (reset) {
        assign(".PDF.Options", get(".PDF.Options.default", envir = .PSenv), envir = .PSenv)
    }
    l... <- length(new <- list(...))
    check.options(new, name.opt = ".PDF.Options", envir = .PSenv, assign.opt = l... > 0)
    if (reset || l... > 0) 
        invisible(old)
    else old
}
#@ closure exported pdfFonts
function (...) 
{
    initPSandPDFfonts()
    ndots <- length(fonts <- list(...))
    if (ndots == 0L) 
        get(".PDF.Fonts", envir = .PSenv)
    else {
        fontNames <- names(fonts)
        nnames <- length(fontNames)
        if (nnames == 0L) {
            if (!all(sapply(fonts, is.character))) 
                stop(gettextf("invalid arguments in '%s' (must be font names)", "pdfFonts"), domain = NA)
            else get(".PDF.Fonts", envir = .PSenv)[unlist(fonts)]
        }
        else {
            if (ndots != nnames) 
                stop(gettextf("invalid arguments in '%s' (need named args)", "pdfFonts"), domain = NA)
            setFonts(fonts, fontNames, ".PDF.Fonts")
        }
    }
}
#@ closure exported pictex
function (file = "Rplots.tex", width = 5, height = 4, debug = FALSE, bg = "white", fg = "black") 
{
    .External(C_PicTeX, file, bg, fg, width, height, as.logical(debug))
    graphics::par(mar = c(5, 4, 2, 4) + 0.1)
}
#@ closure exported png
function (filename = "Rplot%03d.png", width = 480, height = 480, units = "px", pointsize = 12, bg = "white", res = NA, ..., type = c("cairo", "cairo-png", "Xlib", "quartz"), antialias) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    g <- .geometry(width, height, units, res)
    new <- list(...)
    if (missing(type)) 
        type <- getOption("bitmapType")
    type <- match.arg(type)
    if (!missing(antialias)) 
        new$antialias <- match.arg(antialias, aa.cairo)
    d <- check.options(new, name.opt = ".X11.Options", envir = .X11env)
    antialias <- match(d$antialias, aa.cairo)
    if (type == "quartz") {
        if (capabilities("aqua")) {
            width <- g$width/ifelse(is.na(res), 72, res)
            height <- g$height/ifelse(is.na(res), 72, res)
            invisible(.External(C_Quartz, "png", path.expand(filename), width, height, pointsize, d$family, d$antialias != "none", "", bg, "white", if (is.na(res)) NULL else res))
        }
        else warning("type = \"quartz\" is unavailable. trying \"Xlib\"")
    }
    else if (type == "cairo") {
        if (capabilities("cairo")) {
            invisible(.External(C_devCairo, filename, 2L, g$width, g$height, pointsize, bg, res, antialias, 100L, d$family, 300, optionSymbolFont(d$symbolfamily)))
        }
        else warning("type = \"cairo\" is unavailable. trying \"Xlib\"")
    }
    else if (type == "cairo-png") {
        if (capabilities("cairo")) {
            invisible(.External(C_devCairo, filename, 5L, g$width, g$height, pointsize, bg, res, antialias, 100L, d$family, 300, optionSymbolFont(d$symbolfamily)))
        }
        else warning("type = \"cairo-png\" is unavailable. trying \"Xlib\"")
    }
    else invisible(.External2(C_X11, paste0("png::", filename), g$width, g$height, pointsize, d$gamma, d$colortype, d$maxcubesize, bg, bg, d$fonts, res, 0L, 0L, "", 0, 0, d$family, optionSymbolFont(d$symbolfamily)))
}
#@ closure exported postscript
function (file = if (onefile) "Rplots.ps" else "Rplot%03d.ps", onefile, family, title, fonts, encoding, bg, fg, width, height, horizontal, pointsize, paper, pagecentre, print.it, command, colormodel, useKerning, fillOddEven) 
{
    initPSandPDFfonts()
    new <- list()
    if (!missing(onefile)) 
        new$onefile <- onefile
    if (!missing(title)) 
        new$title <- title
    if (!missing(fonts)) 
        new$fonts <- fonts
    if (!missing(encoding)) 
        new$encoding <- encoding
    if (!missing(bg)) 
        new$bg <- bg
    if (!missing(fg)) 
        new$fg <- fg
    if (!missing(width)) 
        new$width <- width
    if (!missing(height)) 
        new$height <- height
    if (!missing(horizontal)) 
        new$horizontal <- horizontal
    if (!missing(pointsize)) 
        new$pointsize <- pointsize
    if (!missing(paper)) 
        new$paper <- paper
    if (!missing(pagecentre)) 
        new$pagecentre <- pagecentre
    if (!missing(print.it)) 
        new$print.it <- print.it
    if (!missing(command)) 
        new$command <- command
    if (!missing(colormodel)) 
        new$colormodel <- colormodel
    if (!missing(useKerning)) 
        new$useKerning <- useKerning
    if (!missing(fillOddEven)) 
        new$fillOddEven <- fillOddEven
    old <- check.options(new, name.opt = ".PostScript.Options", envir = .PSenv)
    if (is.null(old$command) || old$command == "default") 
        old$command <- if (!is.null(cmd <- getOption("printcmd"))) 
            cmd
        else ""
    if (!missing(family) && (inherits(family, "Type1Font") || inherits(family, "CIDFont"))) {
        enc <- family$encoding
        if (inherits(family, "Type1Font") && !is.null(enc) && enc != "default" && (is.null(old$encoding) || old$encoding == "default")) 
            old$encoding <- enc
        family <- family$metrics
    }
    if (is.null(old$encoding) || old$encoding == "default") 
        old$encoding <- guessEncoding(family)
    if (!missing(family)) {
        if (length(family) == 4L) {
            family <- c(family, "Symbol.afm")
        }
        else if (length(family) == 5L) {
        }
        else if (length(family) == 1L) {
            pf <- postscriptFonts(family)[[1L]]
            if (is.null(pf)) 
                stop(gettextf("unknown family '%s'", family), domain = NA)
            matchFont(pf, old$encoding)
        }
        else stop("invalid 'family' argument")
        old$family <- family
    }
    if (grepl("[\n\r\fW]", old$title)) 
        stop(gettextf("'title' argument \"%s\" contains invalid characters", old$title), domain = NA)
    onefile <- old$onefile
    if (!checkIntFormat(file)) 
        stop(gettextf("invalid 'file' argument '%s'", file), domain = NA)
    .External(C_PostScript, file, old$paper, old$family, old$encoding, old$bg, old$fg, old$width, old$height, old$horizontal, old$pointsize, onefile, old$pagecentre, old$print.it, old$command, old$title, old$fonts, old$colormodel, old$useKerning, old$fillOddEven)
    invisible()
}
#@ closure exported postscriptFonts
function (...) 
{
    initPSandPDFfonts()
    ndots <- length(fonts <- list(...))
    if (ndots == 0L) 
        get(".PostScript.Fonts", envir = .PSenv)
    else {
        fontNames <- names(fonts)
        nnames <- length(fontNames)
        if (nnames == 0L) {
            if (!all(sapply(fonts, is.character))) 
                stop(gettextf("invalid arguments in '%s' (must be font names)", "postscriptFonts"), domain = NA)
            else get(".PostScript.Fonts", envir = .PSenv)[unlist(fonts)]
        }
        else {
            if (ndots != nnames) 
                stop(gettextf("invalid arguments in '%s' (need named args)", "postscriptFonts"), domain = NA)
            setFonts(fonts, fontNames, ".PostScript.Fonts")
        }
    }
}
#@ closure internal pow3
function (x) 
x * x * x
#@ closure internal prettyDate
function (x, n = 5, min.n = n%/%2, sep = " ", ...) 
{
    stopifnot(min.n <= n)
    isDate <- inherits(x, "Date")
    x <- as.POSIXct(x)
    if (isDate) 
        attr(x, "tzone") <- "GMT"
    zz <- rx <- range(x, na.rm = TRUE)
    D <- diff(nzz <- as.numeric(zz))
    MIN <- 60
    HOUR <- MIN * 60
    DAY <- HOUR * 24
    YEAR <- DAY * 365.25
    MONTH <- YEAR/12
    makeOutput <- function(at, s, round = TRUE, do) {
        structure(if (isDate) 
            if (round) 
                as.Date(round(at, units = "days"))
            else at
        else as.POSIXct(at), labels = format(at, s$format))
    }
    if (isDate && D <= n * DAY) {
        zz <- as.Date(zz)
        r <- round(n - D/DAY)
        m <- max(0, r%/%2)
        m2 <- m + (r%%2)
        while (length(dd <- seq.Date(zz[1] - m, zz[2] + m2, by = "1 day")) < min.n + 1) if (m < m2) 
            m <- m + 1
        else m2 <- m2 + 1
        return(makeOutput(dd, round = FALSE, list(format = paste("%b", "%d", sep = sep))))
    }
    else if (D < 1) {
        m <- min(30, max(D == 0, n/2))
        zz <- structure(c(floor(nzz[1] - m), ceiling(nzz[2] + m)), class = class(x), tzone = attr(x, "tzone"))
    }
    xspan <- as.numeric(diff(zz), units = "secs")
    steps <- list(`1 sec` = list(1, format = "%S", start = "mins"), `2 secs` = list(2), `5 secs` = list(5), `10 secs` = list(10), `15 secs` = list(15), `30 secs` = list(30, format = "%H:%M:%S"), `1 min` = list(1 * MIN, format = "%H:%M"), `2 mins` = list(2 * MIN, start = "hours"), `5 mins` = list(5 * MIN), `10 mins` = list(10 * MIN), `15 mins` = list(15 * MIN), `30 mins` = list(30 * MIN), `1 hour` = list(1 * HOUR, format = if (xspan <= DAY) "%H:%M" else paste("%b %d", "%H:%M", sep = sep)), `3 hours` = list(3 * 
        HOUR, start = "days"), `6 hours` = list(6 * HOUR, format = paste("%b %d", "%H:%M", sep = sep)), `12 hours` = list(12 * HOUR), `1 DSTday` = list(1 * DAY, format = paste("%b", "%d", sep = sep)), `2 DSTdays` = list(2 * DAY), `1 week` = list(7 * DAY, start = "weeks"), halfmonth = list(MONTH/2, start = "months"), `1 month` = list(1 * MONTH, format = if (xspan < YEAR) "%b" else paste("%b", "%Y", sep = sep)), `3 months` = list(3 * MONTH, start = "years"), `6 months` = list(6 * MONTH, format = "%Y-%m"), 
        `1 year` = list(1 * YEAR, format = "%Y"), `2 years` = list(2 * YEAR, start = "decades"), `5 years` = list(5 * YEAR), `10 years` = list(10 * YEAR), `20 years` = list(20 * YEAR, start = "centuries"), `50 years` = list(50 * YEAR), `100 years` = list(100 * YEAR), `200 years` = list(200 * YEAR), `500 years` = list(500 * YEAR), `1000 years` = list(1000 * YEAR))
    for (i in seq_along(steps)) {
        if (is.null(steps[[i]]$format)) 
            steps[[i]]$format <- steps[[i - 1]]$format
        if (is.null(steps[[i]]$start)) 
            steps[[i]]$start <- steps[[i - 1]]$start
        steps[[i]]$spec <- names(steps)[i]
    }
    nsteps <- xspan/vapply(steps, `[[`, numeric(1), 1L, USE.NAMES = FALSE)
    init.i <- init.i0 <- which.min(abs(nsteps - n))
    calcSteps <- function(s, lim = range(zz)) {
        startTime <- trunc_POSIXt(lim[1], units = s$start)
        at <- seqDtime(startTime, end = lim[2], by = s$spec)
        if (anyNA(at)) {
            at <- at[!is.na(at)]
            if (!length(at)) 
                return(at)
        }
        r1 <- sum(at <= lim[1])
        r2 <- length(at) + 1 - sum(at >= lim[2])
        if (r2 == length(at) + 1) {
            nat <- seqDtime(at[length(at)], by = s$spec, length = 2)[2]
            if (is.na(nat) || !(nat > at[length(at)])) 
                r2 <- length(at)
            else at[r2] <- nat
        }
        at[r1:r2]
    }
    init.at <- calcSteps(st.i <- steps[[init.i]])
    R <- TRUE
    L.fail <- R.fail <- FALSE
    while ((init.n <- length(init.at) - 1L) < min.n) {
        if (init.i == 1L) {
            if (R) {
                nat <- seqDtime(init.at[length(init.at)], by = st.i$spec, length = 2)[2]
                R.fail <- is.na(nat) || !(nat > init.at[length(init.at)])
                if (!R.fail) 
                  init.at[length(init.at) + 1] <- nat
            }
            else {
                nat <- seqDtime(init.at[1], by = paste0("-", st.i$spec), length = 2)[2]
                L.fail <- is.na(nat) || !(nat < init.at[1])
                if (!L.fail) {
                  init.at[seq_along(init.at) + 1] <- init.at
                  init.at[1] <- nat
                }
            }
            if (R.fail && L.fail) 
                stop("failed to add more ticks; 'min.n' too large?")
            R <- !R
        }
        else {
            init.i <- init.i - 1L
            init.at <- calcSteps(st.i <- steps[[init.i]])
        }
    }
    if (init.n == n) 
        return(makeOutput(init.at, st.i))
    dn <- init.n - n
    if (dn > 0L) {
        nl <- sum(init.at <= rx[1]) - 1L
        nr <- sum(init.at >= rx[2]) - 1L
        if (nl > 0L || nr > 0L) {
            n.c <- nl + nr
            if (dn < n.c) {
                nl <- round(dn * nl/n.c)
                nr <- dn - nl
            }
            init.at <- init.at[-c(seq_len(nl), length(init.at) + 1L - seq_len(nr))]
        }
    }
    else {
    }
    if ((dn <- length(init.at) - 1L - n) == 0L || (dn > 0L && init.i < init.i0) || (dn < 0L && init.i == 1)) 
        return(makeOutput(init.at, st.i))
    new.i <- if (dn > 0L) 
        min(init.i + 1L, length(steps))
    else init.i - 1L
    new.at <- calcSteps(steps[[new.i]])
    new.n <- length(new.at) - 1L
    if (new.n < min.n) 
        new.n <- -Inf
    if (abs(new.n - n) < abs(dn)) 
        makeOutput(new.at, steps[[new.i]])
    else makeOutput(init.at, st.i)
}
#@ closure internal print.colorConverter
function (x, ...) 
{
    cat(gettextf("Color space converter: %s", x$name), "\n", sep = "")
    if (!is.null(x$reference.white)) 
        cat(gettextf("Reference white: %s", x$reference.white), "\n", sep = "")
    invisible(x)
}
#@ closure internal print.raster
function (x, ...) 
print(as.matrix(x), ...)
#@ closure internal print.recordedplot
function (x, ...) 
{
    replayPlot(x)
    invisible(x)
}
#@ closure internal print.RGBcolorConverter
function (x, ...) 
{
    print.colorConverter(x, ...)
    if (!is.null(x$gamma)) 
        cat(gettextf("display gamma = %s", format(x$gamma)), "\n", sep = "")
    invisible(x)
}
#@ closure internal printFont
function (font) 
paste0(font, "\n")
#@ closure internal printFont.CIDFont
function (font) 
paste0(font$family, "\n    (", paste(font$metrics, collapse = " "), ")\n    ", font$CMap, "\n    ", font$encoding, "\n")
#@ closure internal printFont.Type1Font
function (font) 
paste0(font$family, "\n    (", paste(font$metrics, collapse = " "), "\n    ", font$encoding, "\n")
#@ closure internal printFonts
function (fonts) 
cat(paste0(names(fonts), ": ", unlist(lapply(fonts, printFont)), collapse = ""))
#@ closure exported ps.options
function (..., reset = FALSE, override.check = FALSE) 
{
    initPSandPDFfonts()
    old <- get(".PostScript.Options", envir = .PSenv)
    if (reset) {
        assign(".PostScript.Options", get(".PostScript.Options.default", envir = .PSenv), envir = .PSenv)
    }
    new <- list(...)
    if (m <- match("append", names(new), 0L)) {
        warning("argument 'append' is for back-compatibility and will be ignored", immediate. = TRUE)
        new <- new[-m]
    }
    assign <- length(new) > 0
    check.options(new, name.opt = ".PostScript.Options", envir = .PSenv, assign.opt = assign, override.check = override.check)
    if (reset || assign) 
        invisible(old)
    else old
}
#@ closure exported quartz
function (title, width, height, pointsize, family, antialias, type, file = NULL, bg, canvas, dpi) 
{
    if (missing(type) || type %in% c("", "native", "Cocoa")) {
        check <- Sys.getenv("_R_CHECK_SCREEN_DEVICE_", "")
        msg <- "screen devices should not be used in examples etc"
        if (identical(check, "stop")) 
            stop(msg, domain = NA)
        else if (identical(check, "warn")) 
            warning(msg, immediate. = TRUE, noBreaks. = TRUE, domain = NA)
    }
    new <- list()
    if (!missing(title)) 
        new$title <- title
    if (!missing(width)) 
        new$width <- width
    if (!missing(height)) 
        new$height <- height
    if (!missing(pointsize)) 
        new$pointsize <- pointsize
    if (!missing(family)) 
        new$family <- family
    if (!missing(antialias)) 
        new$antialias <- antialias
    if (!missing(bg)) 
        new$bg <- bg
    if (!missing(canvas)) 
        new$canvas <- canvas
    if (!missing(type)) 
        new$type <- type
    if (!missing(dpi)) 
        new$dpi <- dpi
    if (!checkIntFormat(new$title)) 
        stop("invalid 'title'")
    if (!is.null(file) && !checkIntFormat(file)) 
        stop("invalid 'file'")
    d <- check.options(new, name.opt = ".quartz.Options", envir = .Quartzenv)
    .External(C_Quartz, d$type, file, d$width, d$height, d$pointsize, d$family, d$antialias, d$title, d$bg, d$canvas, if (is.na(d$dpi)) NULL else d$dpi)
    invisible()
}
#@ closure exported quartz.options
function (..., reset = FALSE) 
{
    old <- get(".quartz.Options", envir = .Quartzenv)
    if (reset) {
        assign(".quartz.Options", get(".quartz.Options.default", envir = .Quartzenv), envir = .Quartzenv)
    }
    l... <- length(new <- list(...))
    check.options(new, name.opt = ".quartz.Options", envir = .Quartzenv, assign.opt = l... > 0L)
    if (reset || l... > 0L) 
        invisible(old)
    else old
}
#@ closure exported quartz.save
function (file, type = "png", device = dev.cur(), dpi = 100, ...) 
{
    dev.set(device)
    current.device <- dev.cur()
    nm <- names(current.device)[1L]
    if (nm == "null device") 
        stop("no device to print from")
    if (!dev.displaylist()) 
        stop("can only print from a screen device")
    oc <- match.call()
    oc[[1L]] <- as.name("dev.copy")
    oc$file <- NULL
    oc$device <- quartz
    oc$type <- type
    if (missing(file)) 
        file <- paste0("Rplot.", type)
    oc$file <- file
    oc$dpi <- dpi
    din <- dev.size("in")
    w <- din[1L]
    h <- din[2L]
    if (is.null(oc$width)) 
        oc$width <- if (!is.null(oc$height)) 
            w/h * eval.parent(oc$height)
        else w
    if (is.null(oc$height)) 
        oc$height <- if (!is.null(oc$width)) 
            h/w * eval.parent(oc$width)
        else h
    on.exit(dev.set(current.device))
    dev.off(eval.parent(oc))
}
#@ closure exported quartzFont
function (family) 
{
    checkQuartzFont(family)
}
#@ closure exported quartzFonts
function (...) 
{
    ndots <- length(fonts <- list(...))
    if (ndots == 0L) 
        get(".Quartz.Fonts", envir = .Quartzenv)
    else {
        fontNames <- names(fonts)
        nnames <- length(fontNames)
        if (nnames == 0L) {
            if (!all(sapply(fonts, is.character))) 
                stop("invalid arguments in 'quartzFonts' (must be font names)")
            else get(".Quartz.Fonts", envir = .Quartzenv)[unlist(fonts)]
        }
        else {
            if (ndots != nnames) 
                stop("invalid arguments in 'quartzFonts' (need named args)")
            setQuartzFonts(fonts, fontNames)
        }
    }
}
#@ closure exported rainbow
function (n, s = 1, v = 1, start = 0, end = max(1, n - 1)/n, alpha, rev = FALSE) 
{
    if ((n <- as.integer(n[1L])) > 0) {
        if (start == end || any(c(start, end) < 0) || any(c(start, end) > 1)) 
            stop("'start' and 'end' must be distinct and in [0, 1].")
        cols <- hsv(h = seq.int(start, (start > end) * 1 + end, length.out = n)%%1, s, v, alpha)
        if (rev) 
            rev(cols)
        else cols
    }
    else character()
}
#@ closure exported recordGraphics
function (expr, list, env) 
.Internal(recordGraphics(substitute(expr), list, env))
#@ closure internal recordPalette
function () 
.Call.graphics(C_palette2, .Call(C_palette2, NULL))
#@ closure exported recordPlot
function (load = NULL, attach = NULL) 
{
    if (dev.cur() == 1L) 
        stop("no current device to record from")
    res <- .External2(C_getSnapshot)
    attr(res, "pid") <- Sys.getpid()
    attr(res, "Rversion") <- getRversion()
    attr(res, "load") <- as.character(load)
    attr(res, "attach") <- as.character(attach)
    class(res) <- "recordedplot"
    res
}
#@ closure exported replayPlot
function (x, reloadPkgs = FALSE) 
{
    if (!inherits(x, "recordedplot")) 
        stop(gettextf("argument is not of class %s", dQuote("recordedplot")), domain = NA)
    pid <- attr(x, "pid")
    if (doRestore <- (is.null(pid) || pid != Sys.getpid())) {
        x <- restoreRecordedPlot(x, reloadPkgs)
    }
    restore <- function(e) {
        if (doRestore) 
            stop("invalid \"recordedplot\": ", conditionMessage(e))
        .External2(C_playSnapshot, restoreRecordedPlot(x, reloadPkgs))
    }
    r <- tryCatch(.External2(C_playSnapshot, x), error = restore)
    invisible(r)
}
#@ closure internal restoreRecordedPlot
function (plot, reloadPkgs) 
{
    snapshotRversion <- attr(plot, "Rversion")
    if (is.null(snapshotRversion)) {
        warning("snapshot recorded in different R version (pre 3.3.0)")
    }
    else if (snapshotRversion != getRversion()) {
        warning(gettextf("snapshot recorded in different R version (%s)", snapshotRversion))
    }
    if (!is.null(snapshotRversion) && snapshotRversion >= R_system_version("3.3.0")) {
        for (i in seq_along(plot)[-1]) {
            library(attr(plot[[i]], "pkgName"), character.only = TRUE)
        }
        if (reloadPkgs) {
            load <- attr(plot, "load")
            for (i in load) {
                loadNamespace(i)
            }
            attach <- attr(plot, "attach")
            for (i in attach) {
                library(i, character.only = TRUE)
            }
        }
    }
    for (i in seq_along(plot[[1]])) {
        symbol <- plot[[c(1L, i, 2L, 1L)]]
        if (inherits(symbol, "NativeSymbolInfo")) {
            name <- (if (!is.null(symbol$package)) 
                symbol$package
            else symbol$dll)[["name"]]
            pkgDLL <- getLoadedDLLs()[[name]]
            nativeSymbol <- getNativeSymbolInfo(name = symbol$name, PACKAGE = pkgDLL, withRegistrationInfo = TRUE)
            if (nativeSymbol$numParameters != symbol$numParameters) {
                stop("snapshot contains invalid graphics call")
            }
            plot[[c(1L, i, 2L, 1L)]] <- nativeSymbol
        }
    }
    plot
}
#@ closure exported rgb
function (red, green, blue, alpha, names = NULL, maxColorValue = 1) 
{
    if (missing(green) && missing(blue)) {
        if (is.matrix(red) || is.data.frame(red)) {
            red <- data.matrix(red)
            if (ncol(red) < 3L) 
                stop("at least 3 columns needed")
            green <- red[, 2L]
            blue <- red[, 3L]
            red <- red[, 1L]
        }
    }
    .Call(C_rgb, red, green, blue, if (missing(alpha)) NULL else alpha, maxColorValue, names)
}
#@ closure exported rgb2hsv
function (r, g = NULL, b = NULL, maxColorValue = 255) 
{
    rgb <- if (is.null(g) && is.null(b)) 
        as.matrix(r)
    else rbind(r, g, b)
    if (!is.numeric(rgb)) 
        stop("rgb matrix must be numeric")
    d <- dim(rgb)
    if (d[1L] != 3L) 
        stop("rgb matrix must have 3 rows")
    n <- d[2L]
    if (n == 0L) 
        return(cbind(c(h = 1, s = 1, v = 1))[, 0L])
    rgb <- rgb/maxColorValue
    if (any(0 > rgb) || any(rgb > 1)) 
        stop("rgb values must be in [0, maxColorValue]")
    .Call(C_RGB2hsv, rgb)
}
#@ closure internal RGBcolorConverter
function (..., gamma) 
{
    rval <- colorConverter(...)
    rval[["gamma"]] <- gamma
    class(rval) <- c("RGBcolorConverter", class(rval))
    rval
}
#@ closure exported savePlot
function (filename = paste0("Rplot.", type), type = c("png", "jpeg", "tiff", "bmp"), device = dev.cur()) 
{
    type <- match.arg(type)
    devlist <- dev.list()
    devcur <- match(device, devlist, NA)
    if (is.na(devcur)) 
        stop("no such device")
    devname <- names(devlist)[devcur]
    if (devname != "X11cairo") 
        stop("can only copy from 'X11(type=\"*cairo\")' devices")
    invisible(.External2(C_savePlot, filename, type, device))
}
#@ closure internal seqDtime
function (beg, end, by, length = NULL) 
{
    if (missing(by) || !identical(by, "halfmonth")) 
        return(seq(beg, end, by = by, length.out = length))
    if (is.null(length)) {
        l2 <- NULL
        i <- TRUE
    }
    else {
        l2 <- ceiling(length/2)
        i <- seq_len(length)
    }
    at <- seq(beg, end, by = "months", length.out = l2)
    at2 <- as.POSIXlt(at)
    stopifnot(length(md <- unique(at2$mday)) == 1)
    at <- as.POSIXct(at)
    if (md == 1) {
        at2$mday <- 15L
    }
    else if (md >= 15) {
        at2$mday <- 1L
        at2$mon <- at2$mon + 1L
    }
    else if (md < 15) {
        at2$mday <- md + 14L
    }
    at2$isdst <- -1L
    at2 <- rbind(at, as.POSIXct(at2), deparse.level = 0L)
    structure(at2[i], class = class(at), tzone = attr(at, "tzone"))
}
#@ closure exported setEPS
function (...) 
{
    dots <- list(...)
    args <- list(width = 7, height = 7)
    args[names(dots)] <- dots
    force <- list(onefile = FALSE, horizontal = FALSE, paper = "special")
    args[names(force)] <- force
    do.call("ps.options", args)
}
#@ closure internal setFonts
function (fonts, fontNames, fontDBname) 
{
    fonts <- lapply(fonts, checkFont)
    fontDB <- get(fontDBname, envir = .PSenv)
    existingFonts <- fontNames %in% names(fontDB)
    if (sum(existingFonts) > 0) {
        checkFontInUse(fontNames[existingFonts], fontDBname)
        fontDB[fontNames[existingFonts]] <- fonts[existingFonts]
    }
    if (sum(existingFonts) < length(fontNames)) 
        fontDB <- c(fontDB, fonts[!existingFonts])
    assign(fontDBname, fontDB, envir = .PSenv)
}
#@ closure exported setGraphicsEventEnv
function (which = dev.cur(), env) 
{
    which <- as.integer(which)
    stopifnot(length(which) == 1)
    result <- getGraphicsEventEnv(which)
    env$which <- which
    .External2(C_setGraphicsEventEnv, which, env)
    invisible(result)
}
#@ closure exported setGraphicsEventHandlers
function (which = dev.cur(), ...) 
setGraphicsEventEnv(which, as.environment(list(...)))
#@ closure exported setPS
function (...) 
{
    dots <- list(...)
    args <- list(width = 0, height = 0)
    args[names(dots)] <- dots
    force <- list(onefile = TRUE, horizontal = TRUE, paper = "default")
    args[names(force)] <- force
    do.call("ps.options", args)
}
#@ closure internal setQuartzFonts
function (fonts, fontNames) 
{
    fonts <- lapply(fonts, checkQuartzFont)
    fontDB <- get(".Quartz.Fonts", envir = .Quartzenv)
    existingFonts <- fontNames %in% names(fontDB)
    if (sum(existingFonts) > 0L) 
        fontDB[fontNames[existingFonts]] <- fonts[existingFonts]
    if (sum(existingFonts) < length(fontNames)) 
        fontDB <- c(fontDB, fonts[!existingFonts])
    assign(".Quartz.Fonts", fontDB, envir = .Quartzenv)
}
#@ closure internal setX11Fonts
function (fonts, fontNames) 
{
    fonts <- lapply(fonts, checkX11Font)
    fontDB <- get(".X11.Fonts", envir = .X11env)
    existingFonts <- fontNames %in% names(fontDB)
    if (sum(existingFonts) > 0) 
        fontDB[fontNames[existingFonts]] <- fonts[existingFonts]
    if (sum(existingFonts) < length(fontNames)) 
        fontDB <- c(fontDB, fonts[!existingFonts])
    assign(".X11.Fonts", fontDB, envir = .X11env)
}
#@ closure exported svg
function (filename = if (onefile) "Rplots.svg" else "Rplot%03d.svg", width = 7, height = 7, pointsize = 12, onefile = FALSE, family = "sans", bg = "white", antialias = c("default", "none", "gray", "subpixel"), symbolfamily) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    if (!capabilities("cairo")) 
        stop("svg: Cairo-based devices are not available for this platform")
    antialiases <- eval(formals()$antialias)
    antialias <- match(match.arg(antialias, antialiases), antialiases)
    if (missing(symbolfamily)) 
        symbolfamily <- symbolfamilyDefault(family)
    invisible(.External(C_devCairo, filename, 4L, 72 * width, 72 * height, pointsize, bg, NA_integer_, antialias, onefile, family, 300, checkSymbolFont(symbolfamily)))
}
#@ closure internal symbolfamilyDefault
function (family) 
{
    if (symbolType1support()) {
        if (grSoftVersion()["cairoFT"] == "yes") {
            if (.Platform$OS.type == "windows") {
                "Standard Symbols L"
            }
            else {
                "Symbol"
            }
        }
        else {
            "Symbol"
        }
    }
    else {
        cairoSymbolFont(family, usePUA = FALSE)
    }
}
#@ closure internal symbolType1support
function () 
{
    pangoVersion <- grSoftVersion()["pango"]
    pangoVersion == "" || comparePangoVersion(pangoVersion, "1.44") < 0
}
#@ closure exported terrain.colors
function (n, alpha, rev = FALSE) 
{
    if ((n <- as.integer(n[1L])) > 0) {
        k <- n%/%2
        h <- c(4/12, 2/12, 0/12)
        s <- c(1, 1, 0)
        v <- c(0.65, 0.9, 0.95)
        cols <- c(hsv(h = seq.int(h[1L], h[2L], length.out = k), s = seq.int(s[1L], s[2L], length.out = k), v = seq.int(v[1L], v[2L], length.out = k), alpha = alpha), hsv(h = seq.int(h[2L], h[3L], length.out = n - k + 1)[-1L], s = seq.int(s[2L], s[3L], length.out = n - k + 1)[-1L], v = seq.int(v[2L], v[3L], length.out = n - k + 1)[-1L], alpha = alpha))
        if (rev) 
            rev(cols)
        else cols
    }
    else character()
}
#@ closure exported tiff
function (filename = "Rplot%03d.tiff", width = 480, height = 480, units = "px", pointsize = 12, compression = c("none", "rle", "lzw", "jpeg", "zip", "lzw+p", "zip+p"), bg = "white", res = NA, ..., type = c("cairo", "Xlib", "quartz"), antialias) 
{
    if (!checkIntFormat(filename)) 
        stop("invalid 'filename'")
    g <- .geometry(width, height, units, res)
    new <- list(...)
    type <- if (!missing(type)) 
        match.arg(type)
    else getOption("bitmapType")
    if (!missing(antialias)) 
        new$antialias <- match.arg(antialias, aa.cairo)
    d <- check.options(new, name.opt = ".X11.Options", envir = .X11env)
    antialias <- match(d$antialias, aa.cairo)
    comp <- switch(match.arg(compression), none = 1L, rle = 2L, lzw = 5L, jpeg = 7L, zip = 8L, `lzw+p` = 15L, `zip+p` = 18L)
    if (type == "quartz") {
        if (capabilities("aqua")) {
            width <- g$width/ifelse(is.na(res), 72, res)
            height <- g$height/ifelse(is.na(res), 72, res)
            invisible(.External(C_Quartz, "tiff", path.expand(filename), width, height, pointsize, d$family, d$antialias != "none", "", bg, "white", if (is.na(res)) NULL else res))
        }
        else warning("type = \"quartz\" is unavailable. trying \"Xlib\"")
    }
    else if (type == "cairo") {
        if (capabilities("cairo")) {
            invisible(.External(C_devCairo, filename, 8L, g$width, g$height, pointsize, bg, res, antialias, comp, d$family, 300, optionSymbolFont(d$symbolfamily)))
        }
        else warning("type = \"cairo\" is unavailable. trying \"Xlib\"")
    }
    else invisible(.External2(C_X11, paste0("tiff::", comp, ":", filename), g$width, g$height, pointsize, d$gamma, d$colortype, d$maxcubesize, bg, bg, d$fonts, res, 0L, 0L, "", 0, 0, d$family, optionSymbolFont(d$symbolfamily)))
}
#@ closure exported topo.colors
function (n, alpha, rev = FALSE) 
{
    if ((n <- as.integer(n[1L])) > 0) {
        j <- n%/%3
        k <- n%/%3
        i <- n - j - k
        cols <- c(if (i > 0) hsv(h = seq.int(from = 43/60, to = 31/60, length.out = i), alpha = alpha), if (j > 0) hsv(h = seq.int(from = 23/60, to = 11/60, length.out = j), alpha = alpha), if (k > 0) hsv(h = seq.int(from = 10/60, to = 6/60, length.out = k), alpha = alpha, s = seq.int(from = 1, to = 0.3, length.out = k), v = 1))
        if (rev) 
            rev(cols)
        else cols
    }
    else character()
}
#@ closure exported trans3d
function (x, y, z, pmat) 
{
    tr <- cbind(x, y, z, 1, deparse.level = 0L) %*% pmat
    list(x = tr[, 1]/tr[, 4], y = tr[, 2]/tr[, 4])
}
#@ closure internal trunc_POSIXt
function (x, units = c("secs", "mins", "hours", "days", "weeks", "months", "years", "decades", "centuries"), start.on.monday = TRUE) 
{
    x <- as.POSIXlt(x)
    if (units %in% c("secs", "mins", "hours", "days")) 
        return(trunc.POSIXt(x, units))
    x <- trunc.POSIXt(x, "days")
    if (length(x$sec)) 
        switch(units, weeks = {
            x$mday <- x$mday - x$wday
            if (start.on.monday) x$mday <- x$mday + ifelse(x$wday > 0L, 1L, -6L)
        }, months = {
            x$mday <- 1
        }, years = {
            x$mday <- 1
            x$mon <- 0
        }, decades = {
            x$mday <- 1
            x$mon <- 0
            x$year <- (x$year%/%10) * 10
        }, centuries = {
            x$mday <- 1
            x$mon <- 0
            x$year <- (x$year%/%100) * 100
        })
    x
}
#@ closure exported Type1Font
function (family, metrics, encoding = "default") 
{
    font <- list(family = family, metrics = metrics, encoding = encoding)
    class(font) <- "Type1Font"
    checkFont(font)
}
#@ closure internal vectorizeConverter
function (converter) 
{
    function(color, white) {
        nr <- if (is.null(nrow(color))) 
            length(color)
        else nrow(color)
        res <- apply(color, 1L, converter, white)
        if (is.null(nrow(res))) 
            matrix(res, nrow = nr)
        else t(res)
    }
}
#@ value internal white.points double
#@ closure exported x11
function (display = "", width, height, pointsize, gamma, bg, canvas, fonts, family, xpos, ypos, title, type, antialias, symbolfamily) 
{
    if (display != "XImage") {
        check <- Sys.getenv("_R_CHECK_SCREEN_DEVICE_", "")
        msg <- "screen devices should not be used in examples etc"
        if (identical(check, "stop")) 
            stop(msg, domain = NA)
        else if (identical(check, "warn")) 
            warning(msg, immediate. = TRUE, noBreaks. = TRUE, domain = NA)
    }
    if (display == "" && .Platform$GUI == "AQUA" && is.na(Sys.getenv("DISPLAY", NA))) 
        Sys.setenv(DISPLAY = ":0")
    new <- list()
    if (!missing(display)) 
        new$display <- display
    if (!missing(width)) 
        new$width <- width
    if (!missing(height)) 
        new$height <- height
    if (!missing(gamma)) 
        new$gamma <- gamma
    if (!missing(pointsize)) 
        new$pointsize <- pointsize
    if (!missing(bg)) 
        new$bg <- bg
    if (!missing(canvas)) 
        new$canvas <- canvas
    if (!missing(xpos)) 
        new$xpos <- xpos
    if (!missing(ypos)) 
        new$ypos <- ypos
    if (!missing(title)) 
        new$title <- title
    if (!checkIntFormat(new$title)) 
        stop("invalid 'title'")
    if (!missing(type)) {
        new$type <- match.arg(type, c("Xlib", "cairo", "nbcairo", "dbcairo"))
        if (!capabilities("cairo") && type != "Xlib") 
            warning("cairo-based types are not supported on this build - using \"Xlib\"")
    }
    if (!missing(family)) 
        new$family <- family
    if (!missing(fonts)) 
        new$fonts <- fonts
    if (!missing(antialias) && type != "Xlib") 
        new$antialias <- match.arg(antialias, aa.cairo)
    if (!missing(symbolfamily)) 
        new$symbolfamily <- symbolfamily
    d <- check.options(new, name.opt = ".X11.Options", envir = .X11env)
    if (d$type == "Xlib" && !missing(family)) {
        fns <- X11Fonts()
        if (!family %in% names(fns)) 
            stop("unknown family for X11(type = \"XLib\")")
        d$fonts[1] <- fns[[family]]
    }
    type <- if (capabilities("cairo")) 
        switch(d$type, cairo = 1L, nbcairo = 2L, dbcairo = 3L, 0L)
    else 0L
    if (display == "XImage") 
        type <- 0L
    antialias <- match(d$antialias, aa.cairo)
    if (grepl("darwin", R.version$os)) 
        utils:::check_for_XQuartz(file.path(R.home("modules"), "R_X11.so"))
    .External2(C_X11, d$display, d$width, d$height, d$pointsize, d$gamma, d$colortype, d$maxcubesize, d$bg, d$canvas, d$fonts, NA_integer_, d$xpos, d$ypos, d$title, type, antialias, d$family, optionSymbolFont(d$symbolfamily))
    invisible()
}
#@ closure exported X11
function (display = "", width, height, pointsize, gamma, bg, canvas, fonts, family, xpos, ypos, title, type, antialias, symbolfamily) 
{
    if (display != "XImage") {
        check <- Sys.getenv("_R_CHECK_SCREEN_DEVICE_", "")
        msg <- "screen devices should not be used in examples etc"
        if (identical(check, "stop")) 
            stop(msg, domain = NA)
        else if (identical(check, "warn")) 
            warning(msg, immediate. = TRUE, noBreaks. = TRUE, domain = NA)
    }
    if (display == "" && .Platform$GUI == "AQUA" && is.na(Sys.getenv("DISPLAY", NA))) 
        Sys.setenv(DISPLAY = ":0")
    new <- list()
    if (!missing(display)) 
        new$display <- display
    if (!missing(width)) 
        new$width <- width
    if (!missing(height)) 
        new$height <- height
    if (!missing(gamma)) 
        new$gamma <- gamma
    if (!missing(pointsize)) 
        new$pointsize <- pointsize
    if (!missing(bg)) 
        new$bg <- bg
    if (!missing(canvas)) 
        new$canvas <- canvas
    if (!missing(xpos)) 
        new$xpos <- xpos
    if (!missing(ypos)) 
        new$ypos <- ypos
    if (!missing(title)) 
        new$title <- title
    if (!checkIntFormat(new$title)) 
        stop("invalid 'title'")
    if (!missing(type)) {
        new$type <- match.arg(type, c("Xlib", "cairo", "nbcairo", "dbcairo"))
        if (!capabilities("cairo") && type != "Xlib") 
            warning("cairo-based types are not supported on this build - using \"Xlib\"")
    }
    if (!missing(family)) 
        new$family <- family
    if (!missing(fonts)) 
        new$fonts <- fonts
    if (!missing(antialias) && type != "Xlib") 
        new$antialias <- match.arg(antialias, aa.cairo)
    if (!missing(symbolfamily)) 
        new$symbolfamily <- symbolfamily
    d <- check.options(new, name.opt = ".X11.Options", envir = .X11env)
    if (d$type == "Xlib" && !missing(family)) {
        fns <- X11Fonts()
        if (!family %in% names(fns)) 
            stop("unknown family for X11(type = \"XLib\")")
        d$fonts[1] <- fns[[family]]
    }
    type <- if (capabilities("cairo")) 
        switch(d$type, cairo = 1L, nbcairo = 2L, dbcairo = 3L, 0L)
    else 0L
    if (display == "XImage") 
        type <- 0L
    antialias <- match(d$antialias, aa.cairo)
    if (grepl("darwin", R.version$os)) 
        utils:::check_for_XQuartz(file.path(R.home("modules"), "R_X11.so"))
    .External2(C_X11, d$display, d$width, d$height, d$pointsize, d$gamma, d$colortype, d$maxcubesize, d$bg, d$canvas, d$fonts, NA_integer_, d$xpos, d$ypos, d$title, type, antialias, d$family, optionSymbolFont(d$symbolfamily))
    invisible()
}
#@ closure exported X11.options
function (..., reset = FALSE) 
{
    old <- get(".X11.Options", envir = .X11env)
    if (reset) {
        assign(".X11.Options", get(".X11.Options.default", envir = .X11env), envir = .X11env)
    }
    l... <- length(new <- list(...))
    check.options(new, name.opt = ".X11.Options", envir = .X11env, assign.opt = l... > 0)
    if (reset || l... > 0) 
        invisible(old)
    else old
}
#@ closure exported X11Font
function (font) 
checkX11Font(font)
#@ closure internal X11FontError
function (errDesc) 
stop("invalid X11 font specification: ", errDesc)
#@ closure exported X11Fonts
function (...) 
{
    ndots <- length(fonts <- list(...))
    if (ndots == 0) 
        get(".X11.Fonts", envir = .X11env)
    else {
        fontNames <- names(fonts)
        nnames <- length(fontNames)
        if (nnames == 0) {
            if (!all(sapply(fonts, is.character))) 
                stop("invalid arguments in 'X11Fonts' (must be font names)")
            else get(".X11.Fonts", envir = .X11env)[unlist(fonts)]
        }
        else {
            if (ndots != nnames) 
                stop("invalid arguments in 'X11Fonts' (need named args)")
            setX11Fonts(fonts, fontNames)
        }
    }
}
#@ closure exported xfig
function (file = if (onefile) "Rplots.fig" else "Rplot%03d.fig", onefile = FALSE, encoding = "none", paper = "default", horizontal = TRUE, width = 0, height = 0, family = "Helvetica", pointsize = 12, bg = "transparent", fg = "black", pagecentre = TRUE, defaultfont = FALSE, textspecial = FALSE) 
{
    initPSandPDFfonts()
    if (!checkIntFormat(file)) 
        stop(gettextf("invalid 'file' argument '%s'", file), domain = NA)
    .External(C_XFig, file, paper, family, bg, fg, width, height, horizontal, pointsize, onefile, pagecentre, defaultfont, textspecial, encoding)
    invisible()
}
#@ closure exported xy.coords
function (x, y = NULL, xlab = NULL, ylab = NULL, log = NULL, recycle = FALSE, setLab = TRUE) 
{
    if (is.null(y)) {
        if (is.null(ylab)) 
            ylab <- xlab
        if (is.language(x)) {
            if (inherits(x, "formula") && length(x) == 3) {
                if (setLab) {
                  ylab <- deparse(x[[2L]])
                  xlab <- deparse(x[[3L]])
                }
                y <- eval(x[[2L]], environment(x))
                x <- eval(x[[3L]], environment(x))
            }
            else stop("invalid first argument")
        }
        else if (inherits(x, "ts")) {
            y <- if (is.matrix(x)) 
                x[, 1]
            else x
            x <- stats::time(x)
            if (setLab) 
                xlab <- "Time"
        }
        else if (is.complex(x)) {
            y <- Im(x)
            x <- Re(x)
            if (setLab) {
                xlab <- paste0("Re(", ylab, ")")
                ylab <- paste0("Im(", ylab, ")")
            }
        }
        else if (is.matrix(x) || is.data.frame(x)) {
            x <- data.matrix(x)
            if (ncol(x) == 1) {
                if (setLab) 
                  xlab <- "Index"
                y <- x[, 1]
                x <- seq_along(y)
            }
            else {
                colnames <- dimnames(x)[[2L]]
                if (setLab) {
                  if (is.null(colnames)) {
                    xlab <- paste0(ylab, "[,1]")
                    ylab <- paste0(ylab, "[,2]")
                  }
                  else {
                    xlab <- colnames[1L]
                    ylab <- colnames[2L]
                  }
                }
                y <- x[, 2]
                x <- x[, 1]
            }
        }
        else if (is.list(x)) {
            if (all(c("x", "y") %in% names(x))) {
                if (setLab) {
                  xlab <- paste0(ylab, "$x")
                  ylab <- paste0(ylab, "$y")
                }
                y <- x[["y"]]
                x <- x[["x"]]
            }
            else stop("'x' is a list, but does not have components 'x' and 'y'")
        }
        else {
            if (is.factor(x)) 
                x <- as.numeric(x)
            if (setLab) 
                xlab <- "Index"
            y <- x
            x <- seq_along(x)
        }
    }
    if (inherits(x, "POSIXt")) 
        x <- as.POSIXct(x)
    if (length(x) != length(y)) {
        if (recycle) {
            if ((nx <- length(x)) < (ny <- length(y))) 
                x <- rep_len(x, ny)
            else y <- rep_len(y, nx)
        }
        else stop("'x' and 'y' lengths differ")
    }
    if (length(log) && log != "") {
        log <- strsplit(log, NULL)[[1L]]
        if ("x" %in% log && any(ii <- x <= 0 & !is.na(x))) {
            n <- as.integer(sum(ii))
            warning(sprintf(ngettext(n, "%d x value <= 0 omitted from logarithmic plot", "%d x values <= 0 omitted from logarithmic plot"), n), domain = NA)
            x[ii] <- NA
        }
        if ("y" %in% log && any(ii <- y <= 0 & !is.na(y))) {
            n <- as.integer(sum(ii))
            warning(sprintf(ngettext(n, "%d y value <= 0 omitted from logarithmic plot", "%d y values <= 0 omitted from logarithmic plot"), n), domain = NA)
            y[ii] <- NA
        }
    }
    list(x = as.double(x), y = as.double(y), xlab = xlab, ylab = ylab)
}
#@ closure exported xyTable
function (x, y = NULL, digits) 
{
    x <- xy.coords(x, y, setLab = FALSE)
    y <- signif(x$y, digits = digits)
    x <- signif(x$x, digits = digits)
    n <- length(x)
    number <- if (n > 0) {
        orderxy <- order(x, y)
        x <- x[orderxy]
        y <- y[orderxy]
        first <- c(TRUE, (x[-1L] != x[-n]) | (y[-1L] != y[-n]))
        x <- x[first]
        y <- y[first]
        diff(c((1L:n)[first], n + 1L))
    }
    else integer()
    list(x = x, y = y, number = number)
}
#@ closure exported xyz.coords
function (x, y = NULL, z = NULL, xlab = NULL, ylab = NULL, zlab = NULL, log = NULL, recycle = FALSE, setLab = TRUE) 
{
    if (is.null(y)) {
        if (is.language(x)) {
            if (inherits(x, "formula") && length(x) == 3 && length(rhs <- x[[3L]]) == 3) {
                if (setLab) {
                  zlab <- deparse(x[[2L]])
                  ylab <- deparse(rhs[[3L]])
                  xlab <- deparse(rhs[[2L]])
                }
                pf <- parent.frame()
                z <- eval(x[[2L]], environment(x), pf)
                y <- eval(rhs[[3L]], environment(x), pf)
                x <- eval(rhs[[2L]], environment(x), pf)
            }
            else stop("invalid first argument [bad language object]")
        }
        else if (is.matrix(x) || is.data.frame(x)) {
            x <- data.matrix(x)
            if (ncol(x) < 2) 
                stop("at least 2 columns needed")
            if (ncol(x) == 2) {
                if (setLab) 
                  xlab <- "Index"
                y <- x[, 1]
                z <- x[, 2]
                x <- seq_along(y)
            }
            else {
                colnames <- dimnames(x)[[2L]]
                if (setLab) {
                  if (is.null(colnames)) {
                    zlab <- paste0(xlab, "[,3]")
                    ylab <- paste0(xlab, "[,2]")
                    xlab <- paste0(xlab, "[,1]")
                  }
                  else {
                    xlab <- colnames[1L]
                    ylab <- colnames[2L]
                    zlab <- colnames[3L]
                  }
                }
                y <- x[, 2]
                z <- x[, 3]
                x <- x[, 1]
            }
        }
        else if (is.list(x)) {
            if (all(c("x", "y", "z") %in% names(x))) {
                if (setLab) {
                  zlab <- paste0(xlab, "$z")
                  ylab <- paste0(xlab, "$y")
                  xlab <- paste0(xlab, "$x")
                }
                y <- x[["y"]]
                z <- x[["z"]]
                x <- x[["x"]]
            }
            else stop("'x' is a list, but does not have components 'x', 'y'  and 'z'")
        }
    }
    if (!is.null(y) && is.null(z)) {
        if (is.complex(x)) {
            z <- y
            y <- Im(x)
            x <- Re(x)
            if (setLab) {
                zlab <- ylab
                ylab <- paste0("Im(", xlab, ")")
                xlab <- paste0("Re(", xlab, ")")
            }
        }
        else if (is.complex(y)) {
            z <- x
            x <- Re(y)
            y <- Im(y)
            if (setLab) {
                zlab <- xlab
                xlab <- paste0("Re(", ylab, ")")
                ylab <- paste0("Im(", ylab, ")")
            }
        }
        else {
            if (is.factor(x)) 
                x <- as.numeric(x)
            if (is.factor(y)) 
                y <- as.numeric(y)
            if (setLab) 
                xlab <- "Index"
            z <- y
            y <- x
            x <- seq_along(x)
        }
    }
    if (((xl <- length(x)) != length(y)) || (xl != length(z))) {
        if (recycle) {
            ml <- max(xl, (yl <- length(y)), (zl <- length(z)))
            if (xl < ml && !is.null(x)) 
                x <- rep_len(x, ml)
            if (yl < ml && !is.null(y)) 
                y <- rep_len(y, ml)
            if (zl < ml && !is.null(z)) 
                z <- rep_len(z, ml)
        }
        else stop("'x', 'y' and 'z' lengths differ")
    }
    if (length(log) && log != "") {
        log <- strsplit(log, NULL)[[1L]]
        if ("x" %in% log && any(ii <- x <= 0 & !is.na(x))) {
            n <- sum(ii)
            warning(sprintf(ngettext(n, "%d x value <= 0 omitted from logarithmic plot", "%d x values <= 0 omitted from logarithmic plot"), n), domain = NA)
            x[ii] <- NA
        }
        if ("y" %in% log && any(ii <- y <= 0 & !is.na(y))) {
            n <- sum(ii)
            warning(sprintf(ngettext(n, "%d y value <= 0 omitted from logarithmic plot", "%d y values <= 0 omitted from logarithmic plot"), n), domain = NA)
            y[ii] <- NA
        }
        if ("z" %in% log && any(ii <- z <= 0 & !is.na(z))) {
            n <- sum(ii)
            warning(sprintf(ngettext(n, "%d z value <= 0 omitted from logarithmic plot", "%d z values <= 0 omitted from logarithmic plot"), n), domain = NA)
            z[ii] <- NA
        }
    }
    list(x = as.double(x), y = as.double(y), z = as.double(z), xlab = xlab, ylab = ylab, zlab = zlab)
}
#@ S3method print recordedplot print.recordedplot
#@ S3method print colorConverter print.colorConverter
#@ S3method print RGBcolorConverter print.RGBcolorConverter
#@ S3method checkFont default checkFont.default
#@ S3method checkFont Type1Font checkFont.Type1Font
#@ S3method checkFont CIDFont checkFont.CIDFont
#@ S3method matchEncoding Type1Font matchEncoding.Type1Font
#@ S3method matchEncoding CIDFont matchEncoding.CIDFont
#@ S3method as.raster raster as.raster.raster
#@ S3method as.raster logical as.raster.logical
#@ S3method as.raster numeric as.raster.numeric
#@ S3method as.raster character as.raster.character
#@ S3method as.raster matrix as.raster.matrix
#@ S3method as.raster array as.raster.array
#@ S3method as.matrix raster as.matrix.raster
#@ S3method is.na raster is.na.raster
#@ S3method anyNA raster anyNA.raster
#@ S3method [ raster [.raster
#@ S3method [<- raster [<-.raster
#@ S3method Ops raster Ops.raster
#@ S3method print raster print.raster
#@ S3method pretty Date prettyDate
#@ S3method pretty POSIXt prettyDate
