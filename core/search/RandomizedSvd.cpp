#include "search/RandomizedSvd.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <numeric>
#include <thread>

namespace lifeos {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Runs body(begin, end) over [0, count) split into `threads` contiguous ranges. Callers give each output element
// to exactly one range, so the result does not depend on the number of threads.
void parallelFor(int count, int threads, const std::function<void(int, int)> &body)
{
    threads = std::clamp(threads, 1, std::max(1, count));
    if (threads == 1) {
        body(0, count);
        return;
    }
    std::vector<std::thread> workers;
    workers.reserve(std::size_t(threads - 1));
    const auto bound = [&](int t) { return int(std::int64_t(count) * t / threads); };
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(body, bound(t), bound(t + 1));
    body(0, bound(1));
    for (auto &worker : workers)
        worker.join();
}

// out (rows × l) = A · in (columns × l); all row-major.
void multiply(const SparseRows &a,
              const std::vector<float> &in,
              int l,
              std::vector<float> &out,
              int threads,
              const std::atomic_bool *cancel)
{
    out.assign(std::size_t(a.rows()) * std::size_t(l), 0.0f);
    parallelFor(a.rows(), threads, [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            if ((i & 255) == 0 && cancelled(cancel))
                return;
            float *target = out.data() + std::size_t(i) * std::size_t(l);
            for (std::int64_t p = a.rowStart[std::size_t(i)]; p < a.rowStart[std::size_t(i) + 1]; ++p) {
                const float v = a.value[std::size_t(p)];
                const float *source = in.data() + std::size_t(a.index[std::size_t(p)]) * std::size_t(l);
                for (int c = 0; c < l; ++c)
                    target[c] += v * source[c];
            }
        }
    });
}

// out (columns × l) = Aᵀ · in (rows × l). Each thread owns a range of output rows and walks all of A in order,
// so every element is summed over the documents in the same order whatever the thread count.
void multiplyTransposed(const SparseRows &a,
                        const std::vector<float> &in,
                        int l,
                        std::vector<float> &out,
                        int threads,
                        const std::atomic_bool *cancel)
{
    out.assign(std::size_t(a.columns) * std::size_t(l), 0.0f);
    parallelFor(a.columns, threads, [&](int begin, int end) {
        for (int i = 0; i < a.rows(); ++i) {
            if ((i & 255) == 0 && cancelled(cancel))
                return;
            const float *source = in.data() + std::size_t(i) * std::size_t(l);
            for (std::int64_t p = a.rowStart[std::size_t(i)]; p < a.rowStart[std::size_t(i) + 1]; ++p) {
                const int j = int(a.index[std::size_t(p)]);
                if (j < begin || j >= end)
                    continue;
                const float v = a.value[std::size_t(p)];
                float *target = out.data() + std::size_t(j) * std::size_t(l);
                for (int c = 0; c < l; ++c)
                    target[c] += v * source[c];
            }
        }
    });
}

// mᵀ·m (l × l, double) for m rows × l row-major. Rows are summed in fixed blocks, and the blocks in order, so the
// result does not depend on the number of threads.
std::vector<double> gram(const std::vector<float> &m, int rows, int l, int threads)
{
    constexpr int kBlocks = 16;
    std::vector<std::vector<double>> partial(kBlocks, std::vector<double>(std::size_t(l) * std::size_t(l), 0.0));
    parallelFor(kBlocks, threads, [&](int begin, int end) {
        std::vector<double> row(static_cast<std::size_t>(l));
        for (int block = begin; block < end; ++block) {
            double *g = partial[std::size_t(block)].data();
            const int first = int(std::int64_t(rows) * block / kBlocks);
            const int last = int(std::int64_t(rows) * (block + 1) / kBlocks);
            for (int r = first; r < last; ++r) {
                const float *source = m.data() + std::size_t(r) * std::size_t(l);
                for (int c = 0; c < l; ++c)
                    row[std::size_t(c)] = source[c];
                for (int i = 0; i < l; ++i) {
                    const double ri = row[std::size_t(i)];
                    if (ri == 0)
                        continue;
                    double *target = g + std::size_t(i) * std::size_t(l);
                    for (int j = i; j < l; ++j)
                        target[j] += ri * row[std::size_t(j)];
                }
            }
        }
    });
    std::vector<double> sum(std::size_t(l) * std::size_t(l), 0.0);
    for (const auto &block : partial)
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += block[i];
    for (int i = 0; i < l; ++i)
        for (int j = 0; j < i; ++j)
            sum[std::size_t(i) * std::size_t(l) + std::size_t(j)] =
                sum[std::size_t(j) * std::size_t(l) + std::size_t(i)];
    return sum;
}

void symmetricEigen(std::vector<double> a, int n, std::vector<double> &values, std::vector<double> &vectors);

// Orthonormalises the l columns of m (rows × l, row-major) in place: with mᵀm = W·Λ·Wᵀ, m·W·Λ^-½ has orthonormal
// columns. Done twice, the second pass repairs what float rounding and a wide spread of singular values cost the
// first. Row-major and two-threaded, unlike Gram–Schmidt's column sweeps; directions the columns do not span (a
// corpus smaller than the rank) come out as zero columns instead of noise.
void orthonormalise(std::vector<float> &m, int rows, int l, int threads)
{
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<double> values, vectors;
        symmetricEigen(gram(m, rows, l, threads), l, values, vectors);
        const double largest = values.empty() ? 0.0 : std::max(0.0, values.front());
        std::vector<double> transform(std::size_t(l) * std::size_t(l), 0.0); // W·Λ^-½, dropped directions zero
        for (int c = 0; c < l; ++c) {
            const double lambda = values[std::size_t(c)];
            if (!(lambda > 1e-10 * largest) || largest == 0)
                continue;
            const double scale = 1.0 / std::sqrt(lambda);
            for (int r = 0; r < l; ++r)
                transform[std::size_t(r) * std::size_t(l) + std::size_t(c)] =
                    vectors[std::size_t(r) * std::size_t(l) + std::size_t(c)] * scale;
        }
        parallelFor(rows, threads, [&](int begin, int end) {
            std::vector<double> out(static_cast<std::size_t>(l));
            for (int r = begin; r < end; ++r) {
                float *row = m.data() + std::size_t(r) * std::size_t(l);
                std::fill(out.begin(), out.end(), 0.0);
                for (int i = 0; i < l; ++i) {
                    const double x = row[i];
                    if (x == 0)
                        continue;
                    const double *t = transform.data() + std::size_t(i) * std::size_t(l);
                    for (int c = 0; c < l; ++c)
                        out[std::size_t(c)] += x * t[c];
                }
                for (int c = 0; c < l; ++c)
                    row[c] = float(out[std::size_t(c)]);
            }
        });
    }
}

// Cyclic Jacobi on a small symmetric matrix (n × n, row-major): eigenvalues descending, eigenvectors as columns.
void symmetricEigen(std::vector<double> a, int n, std::vector<double> &values, std::vector<double> &vectors)
{
    std::vector<double> v(std::size_t(n) * std::size_t(n), 0.0);
    for (int i = 0; i < n; ++i)
        v[std::size_t(i) * std::size_t(n) + std::size_t(i)] = 1.0;
    const auto at = [n](std::vector<double> &m, int r, int c) -> double & {
        return m[std::size_t(r) * std::size_t(n) + std::size_t(c)];
    };
    double total = 0;
    for (double x : a)
        total += x * x;
    for (int sweep = 0; sweep < 60; ++sweep) {
        double off = 0;
        for (int p = 0; p < n; ++p)
            for (int q = p + 1; q < n; ++q)
                off += at(a, p, q) * at(a, p, q);
        if (off <= 1e-30 * total || off == 0)
            break;
        for (int p = 0; p < n; ++p) {
            for (int q = p + 1; q < n; ++q) {
                const double apq = at(a, p, q);
                // Already negligible against its diagonal: rotating would change nothing a float can hold.
                if (std::abs(apq) <= 1e-15 * std::sqrt(std::abs(at(a, p, p) * at(a, q, q))) || apq == 0)
                    continue;
                const double theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
                const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1);
                const double s = t * c;
                for (int k = 0; k < n; ++k) { // A := A·J
                    const double akp = at(a, k, p), akq = at(a, k, q);
                    at(a, k, p) = c * akp - s * akq;
                    at(a, k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < n; ++k) { // A := Jᵀ·A
                    const double apk = at(a, p, k), aqk = at(a, q, k);
                    at(a, p, k) = c * apk - s * aqk;
                    at(a, q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < n; ++k) {
                    const double vkp = at(v, k, p), vkq = at(v, k, q);
                    at(v, k, p) = c * vkp - s * vkq;
                    at(v, k, q) = s * vkp + c * vkq;
                }
            }
        }
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return at(a, x, x) > at(a, y, y); });
    values.assign(std::size_t(n), 0.0);
    vectors.assign(std::size_t(n) * std::size_t(n), 0.0);
    for (int c = 0; c < n; ++c) {
        values[std::size_t(c)] = at(a, order[std::size_t(c)], order[std::size_t(c)]);
        for (int r = 0; r < n; ++r)
            vectors[std::size_t(r) * std::size_t(n) + std::size_t(c)] = at(v, r, order[std::size_t(c)]);
    }
}

} // namespace

std::uint64_t RandomizedSvd::Gaussian::nextBits()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double RandomizedSvd::Gaussian::next()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    // Two uniforms from the top 53 bits; u1 in (0, 1] so the logarithm stays finite.
    const double u1 = double((nextBits() >> 11) + 1) * 0x1.0p-53;
    const double u2 = double(nextBits() >> 11) * 0x1.0p-53;
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

Result<RandomizedSvd::Decomposition>
RandomizedSvd::compute(const SparseRows &matrix, const Options &options, const std::atomic_bool *cancel)
{
    const int rows = matrix.rows();
    const int columns = matrix.columns;
    if (options.rank <= 0 || rows <= 0 || columns <= 0)
        return Error{ErrorCode::InvalidInput, tr("There is nothing to learn the search model from.")};
    const int l = std::min({options.rank + std::max(0, options.oversample), rows, columns});
    const int threads = std::max(1, options.threads);
    const Error stopped{ErrorCode::Cancelled, tr("Learning the search model was cancelled.")};

    // The range of Aᵀ (the feature space) from Aᵀ·Ω, Ω a rows × l Gaussian test matrix.
    std::vector<float> omega(std::size_t(rows) * std::size_t(l));
    Gaussian gaussian(options.seed);
    for (float &x : omega)
        x = float(gaussian.next());
    std::vector<float> y;
    multiplyTransposed(matrix, omega, l, y, threads, cancel);
    omega = {};
    std::vector<float> z;
    for (int iteration = 0; iteration < options.powerIterations; ++iteration) {
        if (cancelled(cancel))
            return stopped;
        orthonormalise(y, columns, l, threads);
        multiply(matrix, y, l, z, threads, cancel);
        if (cancelled(cancel))
            return stopped;
        orthonormalise(z, rows, l, threads);
        multiplyTransposed(matrix, z, l, y, threads, cancel);
    }
    if (cancelled(cancel))
        return stopped;
    orthonormalise(y, columns, l, threads);     // Q: columns × l, orthonormal
    multiply(matrix, y, l, z, threads, cancel); // A·Q = Bᵀ
    if (cancelled(cancel))
        return stopped;

    // B·Bᵀ = (A·Q)ᵀ(A·Q) is l × l: its eigenvectors rotate Q onto the singular vectors, its eigenvalues are σ².
    std::vector<double> eigenvalues, eigenvectors;
    symmetricEigen(gram(z, rows, l, threads), l, eigenvalues, eigenvectors);

    Decomposition result;
    result.rank = options.rank;
    result.singularValues.assign(std::size_t(options.rank), 0.0);
    result.components.assign(std::size_t(columns) * std::size_t(options.rank), 0.0f);
    const double largest = eigenvalues.empty() ? 0.0 : std::max(0.0, eigenvalues.front());
    const int useful = std::min(options.rank, l);
    std::vector<double> rotation(std::size_t(l) * std::size_t(useful), 0.0);
    for (int c = 0; c < useful; ++c) {
        const double lambda = eigenvalues[std::size_t(c)];
        if (!(lambda > 1e-10 * largest))
            continue; // past the matrix's rank: a direction of noise, left at zero
        result.singularValues[std::size_t(c)] = std::sqrt(lambda);
        for (int r = 0; r < l; ++r)
            rotation[std::size_t(r) * std::size_t(useful) + std::size_t(c)] =
                eigenvectors[std::size_t(r) * std::size_t(l) + std::size_t(c)];
    }
    parallelFor(columns, threads, [&](int begin, int end) {
        std::vector<double> sum(static_cast<std::size_t>(useful));
        for (int f = begin; f < end; ++f) {
            const float *q = y.data() + std::size_t(f) * std::size_t(l);
            std::fill(sum.begin(), sum.end(), 0.0);
            for (int r = 0; r < l; ++r) {
                const double qr = q[r];
                const double *rot = rotation.data() + std::size_t(r) * std::size_t(useful);
                for (int c = 0; c < useful; ++c)
                    sum[std::size_t(c)] += qr * rot[c];
            }
            float *target = result.components.data() + std::size_t(f) * std::size_t(options.rank);
            for (int c = 0; c < useful; ++c)
                target[c] = float(sum[std::size_t(c)]);
        }
    });
    // A singular vector's sign is arbitrary; fix it (largest loading positive) so refits agree where they can.
    for (int c = 0; c < useful; ++c) {
        float extreme = 0;
        for (int f = 0; f < columns; ++f) {
            const float x = result.components[std::size_t(f) * std::size_t(options.rank) + std::size_t(c)];
            if (std::abs(x) > std::abs(extreme))
                extreme = x;
        }
        if (extreme < 0)
            for (int f = 0; f < columns; ++f)
                result.components[std::size_t(f) * std::size_t(options.rank) + std::size_t(c)] *= -1.0f;
    }
    return result;
}

} // namespace lifeos
