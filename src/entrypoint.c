// Forward R's routine registration to the Rust library (keeps the linker from dropping it).
void R_init_rheap_extendr(void *dll);

void R_init_rheap(void *dll) {
    R_init_rheap_extendr(dll);
}
