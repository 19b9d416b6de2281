#pragma once
// A value that must never be shown: a password, a token, a Docker `auth` value.
// It has no conversion to QString or QVariant on purpose, so no writer can print it by accident;
// the only way out is expose(), used where the value is sent to the registry or a helper's stdin.
#include <QByteArray>

namespace rd {

class Secret final
{
public:
    Secret() = default;
    explicit Secret(QByteArray value) : m_value(std::move(value)) {}
    ~Secret() { wipe(); }
    Secret(const Secret &) = default;
    Secret &operator=(const Secret &other)
    {
        if (this != &other) {
            wipe();
            m_value = other.m_value;
        }
        return *this;
    }
    Secret(Secret &&) noexcept = default;
    Secret &operator=(Secret &&) noexcept = default;

    bool isEmpty() const { return m_value.isEmpty(); }
    qsizetype size() const { return m_value.size(); }
    const QByteArray &expose() const { return m_value; }
    void clear()
    {
        wipe();
        m_value.clear();
    }
    bool operator==(const Secret &other) const { return m_value == other.m_value; }

private:
    void wipe()
    {
        if (!m_value.isEmpty() && !m_value.isDetached())
            return; // shared data: the other holder wipes it
        if (!m_value.isEmpty())
            std::fill(m_value.data(), m_value.data() + m_value.size(), '\0');
    }
    QByteArray m_value;
};

} // namespace rd
