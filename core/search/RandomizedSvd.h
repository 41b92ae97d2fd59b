#pragma once

#include "util/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <vector>

namespace lifeos {

// A sparse matrix in compressed rows (documents × feature buckets).
struct SparseRows
{
    int columns = 0;
    std::vector<std::int64_t> rowStart{0}; // rows() + 1 offsets into index/value
    std::vector<std::uint32_t> index;
    std::vector<float> value;

    int rows() const { return int(rowStart.size()) - 1; }
};

// The top right singular vectors of a sparse matrix (LSA), by Halko, Martinsson and Tropp's randomized range
// finder with power iterations; tall blocks are orthonormalised through their l × l Gram matrix (twice, in double),
// and small symmetric matrices are diagonalised by cyclic Jacobi. l = rank + oversample.
// Written out, with its own seeded random numbers (splitmix64 + Box–Muller), so a matrix and a seed give the same
// result whatever the standard library, thread count or LAPACK: the offline embedder's model id depends on it.
class RandomizedSvd
{
    Q_DECLARE_TR_FUNCTIONS(RandomizedSvd)

public:
    struct Options
    {
        int rank = 128;
        int oversample = 10;
        int powerIterations = 1;
        std::uint64_t seed = 0x4c69666546534544ULL;
        int threads = 2; // work is split so every output element is summed by one thread in one order
    };

    struct Decomposition
    {
        int rank = 0;                       // as asked; components past the matrix's own rank are zero
        std::vector<float> components;      // columns × rank, row-major: a feature bucket's loadings
        std::vector<double> singularValues; // rank values, descending
    };

    static Result<Decomposition>
    compute(const SparseRows &matrix, const Options &options, const std::atomic_bool *cancel = nullptr);

    // splitmix64 and Box–Muller, spelled out: std::normal_distribution differs between standard libraries.
    class Gaussian
    {
    public:
        explicit Gaussian(std::uint64_t seed)
            : m_state(seed)
        {}
        std::uint64_t nextBits();
        double next();

    private:
        std::uint64_t m_state = 0;
        double m_spare = 0;
        bool m_hasSpare = false;
    };
};

} // namespace lifeos
