#include <iostream>

#include "cli/run.hpp"

int main(int argc, char** argv) { return galascan::run_cli(argc, argv, std::cout, std::cerr, stdout); }
