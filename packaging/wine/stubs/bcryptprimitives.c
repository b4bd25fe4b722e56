/* Stand-in for bcryptprimitives.dll's ProcessPrng, which Wine 8 lacks.
 *
 * Rust's standard library (inside cryptography's _rust.pyd) imports ProcessPrng, the function
 * Windows 10 and later use for every random byte. This one fills the buffer from RtlGenRandom,
 * Wine's system random source. Only the Wine harness installs it; the app never ships it.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
