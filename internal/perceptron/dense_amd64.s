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

// func addRows14(dst *int32, base *int16, offs *uint32, n int)
//
// Adds to dst's first 112 scores the n rows of int16 weights that start
// at base[offs[k]], keeping the sums in Y0-Y13 between rows; n > 0.
TEXT ·addRows14(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ base+8(FP), SI
	MOVQ offs+16(FP), BX
	MOVQ n+24(FP), CX
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
	VMOVDQU 128(DI), Y4
	VMOVDQU 160(DI), Y5
	VMOVDQU 192(DI), Y6
	VMOVDQU 224(DI), Y7
	VMOVDQU 256(DI), Y8
	VMOVDQU 288(DI), Y9
	VMOVDQU 320(DI), Y10
	VMOVDQU 352(DI), Y11
	VMOVDQU 384(DI), Y12
	VMOVDQU 416(DI), Y13
rows14:
	MOVL (BX), AX
	LEAQ (SI)(AX*2), DX
	VPMOVSXWD 0(DX), Y14
	VPADDD    Y14, Y0, Y0
	VPMOVSXWD 16(DX), Y14
	VPADDD    Y14, Y1, Y1
	VPMOVSXWD 32(DX), Y14
	VPADDD    Y14, Y2, Y2
	VPMOVSXWD 48(DX), Y14
	VPADDD    Y14, Y3, Y3
	VPMOVSXWD 64(DX), Y14
	VPADDD    Y14, Y4, Y4
	VPMOVSXWD 80(DX), Y14
	VPADDD    Y14, Y5, Y5
	VPMOVSXWD 96(DX), Y14
	VPADDD    Y14, Y6, Y6
	VPMOVSXWD 112(DX), Y14
	VPADDD    Y14, Y7, Y7
	VPMOVSXWD 128(DX), Y14
	VPADDD    Y14, Y8, Y8
	VPMOVSXWD 144(DX), Y14
	VPADDD    Y14, Y9, Y9
	VPMOVSXWD 160(DX), Y14
	VPADDD    Y14, Y10, Y10
	VPMOVSXWD 176(DX), Y14
	VPADDD    Y14, Y11, Y11
	VPMOVSXWD 192(DX), Y14
	VPADDD    Y14, Y12, Y12
	VPMOVSXWD 208(DX), Y14
	VPADDD    Y14, Y13, Y13
	ADDQ $4, BX
	DECQ CX
	JNZ  rows14
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VMOVDQU Y8, 256(DI)
	VMOVDQU Y9, 288(DI)
	VMOVDQU Y10, 320(DI)
	VMOVDQU Y11, 352(DI)
	VMOVDQU Y12, 384(DI)
	VMOVDQU Y13, 416(DI)
	VZEROUPPER
	RET

// func sum3AVX2(dst, a, b, c *int32, n int)
//
// Sets dst to a+b+c eight at a time; n a multiple of 8.
TEXT ·sum3AVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ c+24(FP), R8
	MOVQ n+32(FP), CX
	SHRQ $3, CX
	JZ   done3
	XORQ AX, AX
loop3:
	VMOVDQU (SI)(AX*1), Y0
	VPADDD  (DX)(AX*1), Y0, Y0
	VPADDD  (R8)(AX*1), Y0, Y0
	VMOVDQU Y0, (DI)(AX*1)
	ADDQ    $32, AX
	DECQ    CX
	JNZ     loop3
	VZEROUPPER
done3:
	RET
