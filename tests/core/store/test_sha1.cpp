// SHA-1 for figure keys: the same digest as Qt's on every message length around the block edges.
#include "sha1.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace {

QByteArray qtDigest(const QByteArray &message)
{
    return QCryptographicHash::hash(message, QCryptographicHash::Sha1);
}

QByteArray ourDigest(const QByteArray &message)
{
    const ub::Sha1Digest digest = ub::sha1(message);
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

TEST(Sha1, KnownAnswers)
{
    // FIPS 180 examples.
    EXPECT_EQ(ourDigest("abc").toHex(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    EXPECT_EQ(ourDigest("").toHex(), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    EXPECT_EQ(ourDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
              QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1"));
}

TEST(Sha1, MatchesQtOnEveryLengthUpToFiveBlocks)
{
    // Lengths 55, 56, 63, 64 and 119/120 are where the padding takes one more block.
    QRandomGenerator random(7);
    for (int size = 0; size <= 320; ++size) {
        QByteArray message(size, Qt::Uninitialized);
        for (char &c : message)
            c = char(random.bounded(256));
        ASSERT_EQ(ourDigest(message), qtDigest(message)) << "length " << size;
    }
}

TEST(Sha1, MatchesQtOnALongMessage)
{
    QByteArray message;
    for (int i = 0; i < 100000; ++i)
        message += char('a' + i % 26);
    EXPECT_EQ(ourDigest(message), qtDigest(message));
    // Which path ran is printed, so a run on a CPU without the SHA extensions is visible.
    std::printf("sha1 on CPU instructions: %s\n", ub::sha1UsesCpuInstructions() ? "yes" : "no");
}

} // namespace
