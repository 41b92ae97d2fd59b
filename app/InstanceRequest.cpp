#include "InstanceRequest.h"

namespace lifeos {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise");
const QByteArray kCapture = QByteArrayLiteral("capture");
} // namespace

QByteArray InstanceRequest::encode() const
{
    if (action == Action::Raise)
        return kRaise;
    return QByteArray(kCapture + ' ' + text.toUtf8().toBase64());
}

std::optional<InstanceRequest> InstanceRequest::decode(const QByteArray &line)
{
    if (line == kRaise)
        return InstanceRequest{};
    if (line == kCapture || line.startsWith(QByteArray(kCapture + ' '))) {
        const QByteArray payload = line.mid(kCapture.size() + 1);
        const auto text = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
        if (!text)
            return std::nullopt;
        return InstanceRequest{Action::Capture, QString::fromUtf8(*text)};
    }
    return std::nullopt;
}

} // namespace lifeos
