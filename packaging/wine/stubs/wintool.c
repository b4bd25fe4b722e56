/* The test harness's window into Windows APIs from the Linux side, run under Wine:
 *
 *   wintool creds PREFIX        print the target name of each stored credential starting
 *                               with PREFIX (Credential Manager, CredEnumerateW), one a line
 *   wintool version FILE        print FileVersion, ProductVersion and ProductName of FILE's
 *                               version resource (GetFileVersionInfoW / VerQueryValueW)
 *
 * Exit 0 on success, 1 when the API call failed, 2 on bad arguments.
 */
#include <windows.h>
#include <wincred.h>
#include <stdio.h>
#include <wchar.h>

static int creds(const wchar_t *prefix) {
    wchar_t filter[512];
    DWORD count = 0;
    PCREDENTIALW *list = NULL;
    _snwprintf(filter, 511, L"%ls*", prefix);
    filter[511] = 0;
    if (!CredEnumerateW(filter, 0, &count, &list)) {
        DWORD error = GetLastError();
        if (error == ERROR_NOT_FOUND) {
            return 0; /* nothing stored */
        }
        fwprintf(stderr, L"CredEnumerateW failed: %lu\n", error);
        return 1;
    }
    for (DWORD i = 0; i < count; i++) {
        wprintf(L"%ls\n", list[i]->TargetName);
    }
    CredFree(list);
    return 0;
}

static int version(const wchar_t *file) {
    DWORD ignored = 0;
    DWORD size = GetFileVersionInfoSizeW(file, &ignored);
    if (size == 0) {
        fwprintf(stderr, L"no version resource in %ls (%lu)\n", file, GetLastError());
        return 1;
    }
    BYTE *data = (BYTE *)HeapAlloc(GetProcessHeap(), 0, size);
    if (data == NULL || !GetFileVersionInfoW(file, 0, size, data)) {
        return 1;
    }
    VS_FIXEDFILEINFO *fixed = NULL;
    UINT length = 0;
    if (VerQueryValueW(data, L"\\", (void **)&fixed, &length) && fixed != NULL) {
        wprintf(L"FixedFileVersion=%u.%u.%u.%u\n", HIWORD(fixed->dwFileVersionMS),
                LOWORD(fixed->dwFileVersionMS), HIWORD(fixed->dwFileVersionLS),
                LOWORD(fixed->dwFileVersionLS));
    }
    struct { WORD language; WORD codepage; } *translation = NULL;
    if (!VerQueryValueW(data, L"\\VarFileInfo\\Translation", (void **)&translation, &length) ||
        length < sizeof(*translation)) {
        return 1;
    }
    const wchar_t *names[] = {L"FileVersion", L"ProductVersion", L"ProductName",
                              L"CompanyName", L"FileDescription"};
    for (int i = 0; i < 5; i++) {
        wchar_t query[128];
        wchar_t *value = NULL;
        _snwprintf(query, 127, L"\\StringFileInfo\\%04x%04x\\%ls", translation->language,
                   translation->codepage, names[i]);
        query[127] = 0;
        if (VerQueryValueW(data, query, (void **)&value, &length) && value != NULL) {
            wprintf(L"%ls=%ls\n", names[i], value);
        }
    }
    return 0;
}

int wmain(int argc, wchar_t **argv) {
    if (argc == 3 && wcscmp(argv[1], L"creds") == 0) {
        return creds(argv[2]);
    }
    if (argc == 3 && wcscmp(argv[1], L"version") == 0) {
        return version(argv[2]);
    }
    fwprintf(stderr, L"usage: wintool creds PREFIX | wintool version FILE\n");
    return 2;
}
