#include "cli.hpp"

int main(int argc, char** argv) { return recon::cli::run(argc, argv); }
