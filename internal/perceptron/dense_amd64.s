#include "textflag.h"

// func addRow16AVX2(dst *int32, src *int16, n int)
//
// Two vectors of eight classes a step, then the last eight if n/8 is odd.
TEXT ·addRow16AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $4, CX
	JZ   tail
pairs:
	VPMOVSXWD (SI), Y0
	VPMOVSXWD 16(SI), Y1
	VPADDD    (DI), Y0, Y0
	VPADDD    32(DI), Y1, Y1
	VMOVDQU   Y0, (DI)
	VMOVDQU   Y1, 32(DI)
	ADDQ      $32, SI
	ADDQ      $64, DI
	DECQ      CX
	JNZ       pairs
tail:
	MOVQ n+16(FP), CX
	TESTQ $8, CX
	JZ    done
	VPMOVSXWD (SI), Y0
	VPADDD    (DI), Y0, Y0
	VMOVDQU   Y0, (DI)
done:
	VZEROUPPER
	RET

// func addInt32AVX2(dst, src *int32, n int)
//
// Adds src to dst eight at a time; n a multiple of 8.
TEXT ·addInt32AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $3, CX
	JZ   done32
loop32:
	VMOVDQU (SI), Y0
	VPADDD  (DI), Y0, Y0
	VMOVDQU Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	DECQ    CX
	JNZ     loop32
	VZEROUPPER
done32:
	RET
